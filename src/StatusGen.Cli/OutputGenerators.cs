using StatusGen.Building;
using StatusGen.Themes.Default;

namespace StatusGen.Cli;

/// <summary>Every output the CLI's build writes: the theme's pages, then the machine-readable formats.</summary>
internal static class OutputGenerators
{
    public static IReadOnlyList<IOutputGenerator> All() =>
    [
        new DefaultTheme(),
        new StatusGen.Uptime.UptimeJsonWriter(),
    ];
}
