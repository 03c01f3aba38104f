using RazorLight;
using RazorLight.Compilation;

namespace StatusGen.Themes.Default.Engine;

/// <summary>The RazorLight engine that renders from a <see cref="TemplateTable"/> and never compiles.</summary>
public static class TemplateEngine
{
    public static RazorLightEngine Create(TemplateTable templates)
    {
        var options = new RazorLightOptions { CachingProvider = templates, DisableEncoding = false, EnableDebugMode = false };
        return new RazorLightEngine(new EngineHandler(options, new NoCompiler(templates.Keys), new TemplateFactoryProvider(), templates));
    }
}
