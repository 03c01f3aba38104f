namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The namespaces every template sees without an <c>@using</c>: the one list of default imports, for the default
/// theme's templates (read by the build-time precompiler, which compiles this file in) and a site's overrides alike.
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
    ];
}
