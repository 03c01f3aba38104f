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
            .AddPrerenderCallbacks(UseThemeEncoder);
        builder = cache is null ? builder.UseMemoryCachingProvider() : builder.UseCachingProvider(cache);
        return builder.Build();
    }

    /// <summary>
    /// The engine a build renders with: every key is in <paramref name="templates"/> (the precompiled default theme, the
    /// site's compiled overrides in place of theirs), and nothing is ever compiled, so Roslyn is not even loaded unless
    /// the site has templates of its own (Engine/NoCompiler.cs says what a missing key reports).
    /// </summary>
    public static RazorLightEngine Create(Engine.TemplateTable templates)
    {
        var options = new RazorLightOptions
        {
            CachingProvider = templates,
            DisableEncoding = false,
            EnableDebugMode = false,
            PreRenderCallbacks = [UseThemeEncoder],
        };
        return new RazorLightEngine(new EngineHandler(options, new Engine.NoCompiler(templates.Keys), new RazorLight.Compilation.TemplateFactoryProvider(), templates));
    }

    // The theme's encoder, so "Störung" stays literal (RazorLight's default escapes every non-ASCII letter).
    private static void UseThemeEncoder(ITemplatePage page) => ((TemplatePageBase)page).HtmlEncoder = Markup.Encoder;
}
