using StatusGen.Api;
using StatusGen.Badges;
using StatusGen.Building;
using StatusGen.Calendar;
using StatusGen.Feeds;
using StatusGen.Hosting;
using StatusGen.Seo;
using StatusGen.Themes.Default;
using StatusGen.Widget;

namespace StatusGen.Cli;

/// <summary>Every output the CLI's build writes: the theme's pages, then the machine-readable formats.</summary>
internal static class OutputGenerators
{
    /// <summary>The languages site.yml may name: those the theme has a translation file for.</summary>
    public static IReadOnlyCollection<string> Languages => DefaultTheme.Languages;

    /// <param name="cacheDirectory">--cache-dir, resolved; null for the theme's default beside site.yml.</param>
    /// <param name="displayBase">The folder diagnostics name files relative to (the working folder); null for the process's.</param>
    public static IReadOnlyList<IOutputGenerator> All(string? cacheDirectory = null, string? displayBase = null) =>
    [
        new DefaultTheme { CacheDirectory = cacheDirectory, DisplayBase = displayBase },
        new StatusGen.Uptime.UptimeJsonWriter(),
        new FeedGenerator(),
        new StatuspageApiGenerator(),
        new MaintenanceCalendarGenerator(),
        new BadgeGenerator(),
        new WidgetGenerator(),
        new SitemapGenerator(),
        new HeadersFileGenerator(),
        new StatusGen.Hosting.RedirectsGenerator(),
    ];
}
