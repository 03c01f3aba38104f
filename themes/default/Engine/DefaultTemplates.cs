using System.Collections.Frozen;
using System.Text;
using RazorLight;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// The default theme as the tool ships it: each template's source as an embedded resource (<c>template:Pages/Incident.cshtml</c>,
/// read by <c>theme eject</c> and <c>theme list</c>) and its class, compiled when the tool was built.
/// </summary>
public static class DefaultTemplates
{
    private static readonly FrozenDictionary<string, string> Resources = typeof(DefaultTemplates).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(TemplateKey.ResourcePrefix, StringComparison.Ordinal))
        .Select(name => (Key: TemplateKey.FromRelativePath(name[TemplateKey.ResourcePrefix.Length..]), Name: name))
        .Where(x => x.Key is not null)
        .ToFrozenDictionary(x => x.Key!, x => x.Name, StringComparer.Ordinal);

    /// <summary>Every default template's key, in ordinal order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Resources.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The compiled default templates, by key: what RazorLight renders unless the site overrides the key.</summary>
    public static IReadOnlyDictionary<string, Func<ITemplatePage>> Factories => PrecompiledTemplates.Factories;

    /// <summary>The <c>@using</c> lines every template gets: the theme's one list of default imports.</summary>
    public static string Imports { get; } = RazorCode.Imports(Rendering.TemplateImports.Namespaces);

    /// <summary>A default template's source, or null when the theme has no template of that key.</summary>
    public static string? Source(string key) => Resources.TryGetValue(key, out var name) ? ReadResource(name) : null;

    private static string? ReadResource(string name)
    {
        using var stream = typeof(DefaultTemplates).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
