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

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A misspelt key would otherwise be ignored and its required twin reported as missing: name both.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<FrozenDictionary<string, UiStrings>> All = new(LoadAll);

    /// <summary>The language codes that have a translation file, sorted.</summary>
    public static IReadOnlyList<string> Languages => [.. All.Value.Keys.Order(StringComparer.Ordinal)];

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
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var language = name[Prefix.Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                result[language] = JsonSerializer.Deserialize<UiStrings>(stream, Options)
                    ?? throw new InvalidOperationException("the file is empty");
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"Translation file '{language}.json' is invalid: {e.Message}", e);
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
