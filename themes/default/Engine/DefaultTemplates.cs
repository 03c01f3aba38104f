using RazorLight;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// The default theme as the tool ships it: each template's source (<see cref="Rendering.EmbeddedTemplates"/>, read by
/// <c>theme eject</c> and <c>theme list</c>) and its class, compiled when the tool was built (build/StatusGen.ThemePrecompiler).
/// </summary>
public static class DefaultTemplates
{
    /// <summary>Every default template's key, in ordinal order.</summary>
    public static IReadOnlyList<string> Keys => Rendering.EmbeddedTemplates.Keys;

    /// <summary>The compiled default templates, by key: what RazorLight renders unless the site overrides the key.</summary>
    public static IReadOnlyDictionary<string, Func<ITemplatePage>> Factories => PrecompiledTemplates.Factories;

    /// <summary>The <c>@using</c> lines every template gets: the theme's one list of default imports.</summary>
    public static string Imports { get; } = RazorCode.Imports(Rendering.TemplateImports.Namespaces);

    /// <summary>A default template's source, or null when the theme has no template of that key.</summary>
    public static string? Source(string key)
    {
        using var stream = Rendering.EmbeddedTemplates.Open(key);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
