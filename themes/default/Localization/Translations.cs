using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace StatusGen.Themes.Default.Localization;

/// <summary>
/// The translation files embedded in the theme (<c>Translations/&lt;language&gt;.json</c>). Adding a language is
/// adding one file: the file name is the language code that site.yml's <c>language</c> takes.
/// </summary>
public static class Translations
{
    private const string Prefix = "StatusGen.Themes.Default.Translations.";

    /// <summary>Each language's file is parsed on first use: a site uses one language, and parsing all ten made the
    /// demo build compile about 300 more methods at start-up (docs/performance.md). That every file loads and is
    /// complete is the tests' job (LanguageTests, EveryLanguageTests).</summary>
    private static readonly ConcurrentDictionary<string, UiStrings> Loaded = new(StringComparer.Ordinal);

    /// <summary>The language codes that have a translation file, sorted. Read from the file names alone, so asking
    /// costs no parsing (the CLI asks before it loads any content).</summary>
    public static IReadOnlyList<string> Languages { get; } = LanguageCodes();

    /// <exception cref="ArgumentException">No translation file exists for <paramref name="language"/>.</exception>
    /// <exception cref="InvalidOperationException">The language's file is invalid (a defect the tests catch).</exception>
    public static UiStrings For(string language) =>
        Languages.Contains(language, StringComparer.Ordinal)
            ? Loaded.GetOrAdd(language, Load)
            : throw new ArgumentException(
                $"The default theme has no translation for language '{language}' (available: {string.Join(", ", Languages)}).",
                nameof(language));

    private static UiStrings Load(string language)
    {
        using var stream = typeof(Translations).Assembly.GetManifestResourceStream(Prefix + language + ".json")!;
        try
        {
            return Parse(stream);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new InvalidOperationException($"Translation file '{language}.json' is invalid: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads one translation file: a JSON object (comments allowed) with exactly the keys of <see cref="UiStrings"/>,
    /// each a string. A missing key fails instead of showing English or nothing to a visitor; a misspelt one fails
    /// instead of being ignored. Read by hand rather than by the JSON serializer: its generated code for 110
    /// properties took a fifth of a second to compile at the start of every build.
    /// </summary>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    /// <exception cref="FormatException">A key is unknown, missing, repeated or not a string.</exception>
    internal static UiStrings Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the file must hold one JSON object");
        }

        var strings = Activator.CreateInstance<UiStrings>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in document.RootElement.EnumerateObject())
        {
            if (!Schema.Keys.TryGetValue(member.Name, out var property))
            {
                throw new FormatException($"unknown key '{member.Name}'");
            }

            if (member.Value.ValueKind != JsonValueKind.String || !seen.Add(member.Name))
            {
                throw new FormatException($"'{member.Name}' must appear once, as a string");
            }

            property.SetValue(strings, member.Value.GetString());
        }

        var missing = Schema.Keys.Keys.Where(key => !seen.Contains(key)).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? strings : throw new FormatException($"missing {string.Join(", ", missing.Select(k => $"'{k}'"))}");
    }

    /// <summary>
    /// Every string property of <see cref="UiStrings"/>, by its JSON key ("dateFormat" for DateFormat). A class of
    /// its own so that the reflection runs when a file is first read, not when the CLI asks for the languages.
    /// </summary>
    private static class Schema
    {
        public static readonly FrozenDictionary<string, PropertyInfo> Keys = typeof(UiStrings).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
            .ToFrozenDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);
    }

    /// <summary>Every command line asks for these (init's help names them), so they are found with code that is
    /// precompiled: no tuples and no LINQ ordering, whose instantiations the JIT compiled on every start.</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<string> LanguageCodes()
    {
        var codes = typeof(Translations).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .ToArray();
        Array.Sort(codes, StringComparer.Ordinal);
        return Array.AsReadOnly(codes);
    }
}
