using RazorLight;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The one place a RazorLight engine is built for the theme: the theme's HTML encoder, and compiled templates from a
/// <see cref="Engine.TemplateTable"/>; the engine itself never compiles.
/// </summary>
public static class ThemeEngine
{
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
