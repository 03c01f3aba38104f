using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Themes.Default.Assets;
using StatusGen.Themes.Default.Formatting;
using StatusGen.Themes.Default.Localization;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>What every page of one build shares: the snapshot, the language's strings and formats, the assets.</summary>
public sealed class ThemeContext
{
    public ThemeContext(SiteSnapshot snapshot, ThemeAssets assets)
    {
        Snapshot = snapshot;
        Assets = assets;
        Strings = Translations.For(snapshot.Site.Language);
        Format = new SiteFormat(Strings, snapshot.Site.TimeZone, snapshot.Now);
        IncidentsBySlug = snapshot.Content.Incidents.ToDictionary(i => i.Slug, StringComparer.Ordinal);
        IncidentsByComponent = snapshot.Content.Incidents
            .SelectMany(i => i.Components.Select(c => (c.ComponentId, Incident: i)))
            .GroupBy(x => x.ComponentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Incident>)[.. g.Select(x => x.Incident).Distinct()], StringComparer.Ordinal);
    }

    public SiteSnapshot Snapshot { get; }
    public ThemeAssets Assets { get; }
    public UiStrings Strings { get; }
    public SiteFormat Format { get; }
    public IReadOnlyDictionary<string, Incident> IncidentsBySlug { get; }

    /// <summary>Per component id, the incidents that affected it, newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Incident>> IncidentsByComponent { get; }

    public SiteConfig Site => Snapshot.Site;

    public string ComponentName(string id) => Site.FindComponent(id)?.Name ?? id;
}

/// <summary>
/// One page being rendered: its output path and the relative prefix back to the site root, so every link is
/// relative and the site works under any sub-path and from several hosts.
/// </summary>
public sealed record PageContext
{
    public required ThemeContext Theme { get; init; }

    /// <summary>Output path, e.g. "incidents/2026-11-10-api/index.html".</summary>
    public required string Path { get; init; }

    /// <summary>Set for pages served at unknown depths (404.html): links become root-relative paths from baseUrl.</summary>
    public bool RootRelative { get; init; }

    public UiStrings T => Theme.Strings;
    public Formatting.SiteFormat F => Theme.Format;
    public SiteSnapshot Snapshot => Theme.Snapshot;

    /// <summary>"", "../", "../../" ... for the page's depth, or baseUrl's path for <see cref="RootRelative"/> pages.</summary>
    public string Root => RootRelative
        ? Theme.Site.BaseUrl.AbsolutePath
        : string.Concat(Enumerable.Repeat("../", Path.Count(c => c == '/')));

    /// <summary>A link to a site path such as "incidents/x/" or "" for the home page.</summary>
    public string Link(string sitePath)
    {
        var link = Root + sitePath;
        return link.Length == 0 ? "./" : link;
    }

    /// <summary>The page's own URL path under the site, "incidents/x/" for ".../index.html".</summary>
    public string SitePath => Path.EndsWith("index.html", StringComparison.Ordinal) ? Path[..^"index.html".Length] : Path;

    public Uri Canonical => Theme.Snapshot.Absolute(SitePath);
}

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
