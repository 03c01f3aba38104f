using StatusGen.Building;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>The site paths the theme links to and writes, filled in from Core's route table (<see cref="Routes"/>).</summary>
public static class SitePaths
{
    public static readonly string Home = Routes.Home.Path();
    public static readonly string History = Routes.History.Path();
    public static readonly string Uptime = Routes.Uptime.Path();
    public static readonly string MaintenanceIndex = Routes.MaintenanceIndex.Path();
    public static readonly string NotFound = Routes.NotFound.Path();
    public static readonly string Rss = Routes.Rss.Path();
    public static readonly string Atom = Routes.Atom.Path();
    public static readonly string JsonFeed = Routes.JsonFeed.Path();

    public static string Incident(string slug) => Routes.Incident.Path(slug);

    public static string Maintenance(string slug) => Routes.Maintenance.Path(slug);

    public static string Component(string id) => Routes.Component.Path(id);

    /// <summary>Page 1 is the history's index; later pages are <see cref="Routes.HistoryPage"/>.</summary>
    public static string HistoryPage(int page) =>
        page == 1 ? History : Routes.HistoryPage.Path(page.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The output file for a site path ("x/" -> "x/index.html").</summary>
    public static string File(string sitePath) => Route.File(sitePath);
}
