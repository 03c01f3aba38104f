namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The namespaces every template sees without an <c>@using</c>: the one list of default imports, for the default
/// theme's templates and a site's overrides alike (the engine factory hands it to RazorLight).
/// </summary>
public static class TemplateImports
{
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "System",
        "System.Collections.Generic",
        "System.Linq",
        "StatusGen.Building",
        "StatusGen.Model",
        "StatusGen.Status",
        "StatusGen.Uptime",
        "StatusGen.Themes.Default.Assets",
        "StatusGen.Themes.Default.Formatting",
        "StatusGen.Themes.Default.Models",
        "StatusGen.Themes.Default.Rendering",
    ];
}
