namespace StatusGen.Building;

/// <summary>Who may frame a file, and how long hosts and browsers keep it: the hosting rules per route.</summary>
public enum RouteKind
{
    /// <summary>An HTML page: revalidated, never framed, the page CSP.</summary>
    Page,

    /// <summary>The embeddable widget: revalidated, framable anywhere.</summary>
    Widget,

    /// <summary>A feed, the calendar, the sitemap or robots.txt: revalidated.</summary>
    Feed,

    /// <summary>JSON under api/: revalidated, readable from any origin.</summary>
    Api,

    /// <summary>Badges: revalidated, readable from any origin, no scripts.</summary>
    Badge,

    /// <summary>Fingerprinted theme assets: kept for a year.</summary>
    Asset,

    /// <summary>Instructions for the host itself (_headers): not a visitor's file.</summary>
    Hosting,
}

/// <summary>
/// One output path, as data: its name, its path pattern relative to the site root (placeholders in braces, a folder
/// ending in "/" is its index.html), its media type, the <c>rel</c> pages link it with, and its kind (which decides
/// the hosting headers and cache policy). Every generator, the theme's links, the sitemap and <c>_headers</c> read
/// these; no other code spells a path.
/// </summary>
public sealed record Route(string Name, string Pattern, string MediaType, RouteKind Kind, string? Rel = null)
{
    /// <summary>The site path with the placeholders filled in order: <c>Routes.Incident.Path("2026-11-10-api")</c>.</summary>
    public string Path(params string[] values)
    {
        var path = Pattern;
        foreach (var value in values)
        {
            var open = path.IndexOf('{', StringComparison.Ordinal);
            var close = path.IndexOf('}', open + 1);
            path = open < 0 || close < 0
                ? throw new ArgumentException($"The route '{Name}' ({Pattern}) has fewer placeholders than values.", nameof(values))
                : string.Concat(path.AsSpan(0, open), value, path.AsSpan(close + 1));
        }

        return path.Contains('{', StringComparison.Ordinal)
            ? throw new ArgumentException($"The route '{Name}' ({Pattern}) needs more values.", nameof(values))
            : path;
    }

    /// <summary>The output file of a site path: a folder's index.html.</summary>
    public static string File(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>
    /// The path pattern hosts match for this route: its top folder with "/*" ("/incidents/*"), or the file itself
    /// ("/history.rss"); the home page is "/" and "/index.html".
    /// </summary>
    public IReadOnlyList<string> HostPatterns => Pattern.Length == 0 ? ["/", "/index.html"]
        : Pattern.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? [$"/{Pattern[..slash]}/*"]
        : [$"/{Pattern}"];
}

/// <summary>Every output path of a site, in one table (see <see cref="Route"/>).</summary>
public static class Routes
{
    public static readonly Route Home = new("home", "", MediaTypes.Html, RouteKind.Page);
    public static readonly Route NotFound = new("not-found", "404.html", MediaTypes.Html, RouteKind.Page);
    public static readonly Route History = new("history", "history/", MediaTypes.Html, RouteKind.Page);

    /// <summary>The history's later pages; page 1 is <see cref="History"/>.</summary>
    public static readonly Route HistoryPage = new("history-page", "history/{page}.html", MediaTypes.Html, RouteKind.Page, "next");
    public static readonly Route Uptime = new("uptime", "uptime/", MediaTypes.Html, RouteKind.Page);
    public static readonly Route Incident = new("incident", "incidents/{slug}/", MediaTypes.Html, RouteKind.Page);
    public static readonly Route MaintenanceIndex = new("maintenance-index", "maintenance/", MediaTypes.Html, RouteKind.Page);
    public static readonly Route Maintenance = new("maintenance", "maintenance/{slug}/", MediaTypes.Html, RouteKind.Page);
    public static readonly Route Component = new("component", "components/{id}/", MediaTypes.Html, RouteKind.Page);

    public static readonly Route Widget = new("widget", "widget/", MediaTypes.Html, RouteKind.Widget);
    public static readonly Route WidgetCss = new("widget-css", "widget/widget.css", MediaTypes.Css, RouteKind.Widget, "stylesheet");
    public static readonly Route WidgetScript = new("widget-js", "widget/widget.js", MediaTypes.JavaScript, RouteKind.Widget);

    public static readonly Route Rss = new("history-rss", "history.rss", MediaTypes.Rss, RouteKind.Feed, "alternate");
    public static readonly Route Atom = new("history-atom", "history.atom", MediaTypes.Atom, RouteKind.Feed, "alternate");
    public static readonly Route UpdatesAtom = new("updates-atom", "updates.atom", MediaTypes.Atom, RouteKind.Feed, "alternate");
    public static readonly Route JsonFeed = new("history-json", "feed.json", MediaTypes.FeedJson, RouteKind.Feed, "alternate");
    public static readonly Route Calendar = new("calendar", "maintenance.ics", MediaTypes.Calendar, RouteKind.Feed, "alternate");
    public static readonly Route Sitemap = new("sitemap", "sitemap.xml", MediaTypes.Xml, RouteKind.Feed, "sitemap");
    public static readonly Route Robots = new("robots", "robots.txt", MediaTypes.PlainText, RouteKind.Feed);

    /// <summary>A component's own history feed; under its page's folder, so it shares the page's headers.</summary>
    public static readonly Route ComponentFeed = new("component-atom", "components/{id}/history.atom", MediaTypes.Atom, RouteKind.Page, "alternate");

    public static readonly Route ApiSummary = new("api-summary", "api/v2/summary.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiStatus = new("api-status", "api/v2/status.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiComponents = new("api-components", "api/v2/components.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiIncidents = new("api-incidents", "api/v2/incidents.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiUnresolved = new("api-incidents-unresolved", "api/v2/incidents/unresolved.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiMaintenances = new("api-scheduled-maintenances", "api/v2/scheduled-maintenances.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiUpcoming = new("api-scheduled-maintenances-upcoming", "api/v2/scheduled-maintenances/upcoming.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiActive = new("api-scheduled-maintenances-active", "api/v2/scheduled-maintenances/active.json", MediaTypes.Json, RouteKind.Api);
    public static readonly Route ApiUptime = new("api-uptime", "api/uptime.json", MediaTypes.Json, RouteKind.Api);

    public static readonly Route BadgeSvg = new("badge-svg", "badges/{name}.svg", MediaTypes.Svg, RouteKind.Badge);
    public static readonly Route BadgeJson = new("badge-json", "badges/{name}.json", MediaTypes.Json, RouteKind.Badge);

    /// <summary>Fingerprinted theme files ("site.1a2b3c4d5e.css"); the media type varies with the file.</summary>
    public static readonly Route Asset = new("asset", "assets/{file}", "", RouteKind.Asset);

    public static readonly Route Headers = new("headers", "_headers", MediaTypes.PlainText, RouteKind.Hosting);

    /// <summary>The table, in the order hosting rules are written.</summary>
    public static IReadOnlyList<Route> All { get; } =
    [
        Home, NotFound, History, HistoryPage, Uptime, Incident, MaintenanceIndex, Maintenance, Component, ComponentFeed,
        Widget, WidgetCss, WidgetScript,
        Rss, Atom, UpdatesAtom, JsonFeed, Calendar, Sitemap, Robots,
        ApiSummary, ApiStatus, ApiComponents, ApiIncidents, ApiUnresolved, ApiMaintenances, ApiUpcoming, ApiActive, ApiUptime,
        BadgeSvg, BadgeJson, Asset, Headers,
    ];

    /// <summary>The host patterns of every route of one kind, in table order, each once.</summary>
    public static IReadOnlyList<string> HostPatterns(RouteKind kind) =>
        [.. All.Where(r => r.Kind == kind).SelectMany(r => r.HostPatterns).Distinct(StringComparer.Ordinal)];

    /// <summary>A path relative to another site path's folder: from "widget/" to "api/v2/status.json" is "../api/v2/status.json".</summary>
    public static string Relative(string fromSitePath, string toSitePath) =>
        string.Concat(Enumerable.Repeat("../", fromSitePath.Count(c => c == '/'))) + toSitePath;
}
