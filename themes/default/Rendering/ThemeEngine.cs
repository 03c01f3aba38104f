using RazorLight;
using RazorLight.Caching;
using RazorLight.Razor;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The one place a RazorLight engine is built for the theme: default imports, the theme's HTML encoder, and where
/// compiled templates come from. Without a caching provider, templates are compiled at run time from
/// <paramref name="project"/> (or the embedded default theme) and kept in memory for the process.
/// </summary>
public static class ThemeEngine
{
    /// <param name="cache">Pre-seeded template factories by key (precompiled default theme, compiled overrides); null for RazorLight's memory cache.</param>
    /// <param name="project">Where template sources are read when a key is not in the cache; null for <see cref="EmbeddedTemplates"/>.</param>
    public static RazorLightEngine Create(ICachingProvider? cache = null, RazorLightProject? project = null)
    {
        var builder = new RazorLightEngineBuilder()
            .UseProject(project ?? new EmbeddedTemplates())
            .SetOperatingAssembly(typeof(ThemeEngine).Assembly)
            .AddDefaultNamespaces([.. TemplateImports.Namespaces])
            // The theme's encoder, so "Störung" stays literal (RazorLight's default escapes every non-ASCII letter).
            .AddPrerenderCallbacks(page => ((TemplatePageBase)page).HtmlEncoder = Markup.Encoder);
        builder = cache is null ? builder.UseMemoryCachingProvider() : builder.UseCachingProvider(cache);
        return builder.Build();
    }
}
