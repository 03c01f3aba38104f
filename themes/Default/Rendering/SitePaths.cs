namespace StatusGen.Themes.Default.Rendering;

/// <summary>Site paths of every page, in one place so links and generated files cannot disagree.</summary>
public static class SitePaths
{
    public const string Home = "";
    public const string History = "history/";
    public const string Uptime = "uptime/";
    public const string MaintenanceIndex = "maintenance/";
    public const string NotFound = "404.html";
    public const string Rss = "history.rss";
    public const string Atom = "history.atom";
    public const string JsonFeed = "feed.json";

    public static string Incident(string slug) => $"incidents/{slug}/";

    public static string Maintenance(string slug) => $"maintenance/{slug}/";

    public static string Component(string id) => $"components/{id}/";

    /// <summary>Page 1 is the history's index; later pages are "history/2.html" and so on.</summary>
    public static string HistoryPage(int page) => page == 1 ? History : $"history/{page}.html";

    /// <summary>The output file for a site path ("x/" -> "x/index.html").</summary>
    public static string File(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
