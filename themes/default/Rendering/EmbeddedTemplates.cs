using System.Reflection;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The default theme's templates as this assembly ships them: embedded resources named <c>template:</c> plus the
/// template's path (<c>template:Pages/Incident.cshtml</c>), found by key (<c>Pages/Incident</c>).
/// </summary>
public static class EmbeddedTemplates
{
    public const string ResourcePrefix = Engine.TemplateKey.ResourcePrefix;
    public const string Extension = Engine.TemplateKey.Extension;

    private static readonly Assembly Theme = typeof(EmbeddedTemplates).Assembly;

    /// <summary>Every template key of the default theme, sorted.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [.. Theme.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The template's source, or null when the default theme has no template of that key.</summary>
    public static Stream? Open(string key) => Theme.GetManifestResourceStream(ResourcePrefix + key + Extension);
}
