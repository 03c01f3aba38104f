using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusGen.Themes.Default.Localization;

/// <summary>
/// The translation files embedded in the theme (<c>Translations/&lt;language&gt;.json</c>). Adding a language is
/// adding one file: the file name is the language code that site.yml's <c>language</c> takes.
/// </summary>
public static class Translations
{
    private const string Prefix = "StatusGen.Themes.Default.Translations.";

    private static readonly Lazy<FrozenDictionary<string, UiStrings>> All = new(LoadAll);

    /// <summary>The language codes that have a translation file, sorted. Read from the file names alone, so asking
    /// costs no parsing (the CLI asks before it loads any content).</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. ResourceNames().Select(r => r.Language).Order(StringComparer.Ordinal)];

    /// <exception cref="ArgumentException">No translation file exists for <paramref name="language"/>.</exception>
    public static UiStrings For(string language) =>
        All.Value.TryGetValue(language, out var strings)
            ? strings
            : throw new ArgumentException(
                $"The default theme has no translation for language '{language}' (available: {string.Join(", ", Languages)}).",
                nameof(language));

    private static FrozenDictionary<string, UiStrings> LoadAll()
    {
        var assembly = typeof(Translations).Assembly;
        var result = new Dictionary<string, UiStrings>(StringComparer.Ordinal);
        foreach (var (name, language) in ResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                result[language] = JsonSerializer.Deserialize(stream, TranslationJson.Default.UiStrings)
                    ?? throw new InvalidOperationException("the file is empty");
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"Translation file '{language}.json' is invalid: {e.Message}", e);
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<(string Name, string Language)> ResourceNames() =>
        typeof(Translations).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => (n, n[Prefix.Length..^".json".Length]));
}

/// <summary>
/// Reads translation files with generated code instead of reflection: the first page of a build waits for it.
/// A misspelt key would otherwise be ignored and its required twin reported as missing: name both.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(UiStrings))]
internal sealed partial class TranslationJson : JsonSerializerContext;
