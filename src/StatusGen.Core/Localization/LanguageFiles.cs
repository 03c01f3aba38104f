using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;

namespace StatusGen.Localization;

/// <summary>
/// The language files, themes/default/Localization/Translations/&lt;language&gt;.json, embedded here as well as in
/// the theme: one file per language is the only source of every word an output shows. The theme reads the whole
/// file into its typed strings (and rejects unknown or missing keys); Core's outputs read the keys they need.
/// Adding a language is adding one file: its name is the code site.yml's <c>language</c> takes.
/// </summary>
public static class LanguageFiles
{
    private const string Prefix = "StatusGen.Translations.";

    private static readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The language codes that have a file, sorted; read from the resource names alone.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. typeof(LanguageFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)];

    /// <summary>Every string value of one language's file, by key.</summary>
    /// <exception cref="ArgumentException">No file exists for <paramref name="language"/>.</exception>
    public static IReadOnlyDictionary<string, string> Read(string language) => Cache.GetOrAdd(language, Load);

    private static FrozenDictionary<string, string> Load(string language)
    {
        using var stream = typeof(LanguageFiles).Assembly.GetManifestResourceStream(Prefix + language + ".json")
            ?? throw new ArgumentException($"There is no language file for '{language}' (available: {string.Join(", ", Languages)}).", nameof(language));
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
