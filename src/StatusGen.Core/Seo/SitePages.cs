using StatusGen.Building;

namespace StatusGen.Seo;

/// <summary>
/// The HTML pages the theme writes, derived from the snapshot with the theme's URL scheme (its SitePaths): home,
/// history/, uptime/, maintenance/, incidents/&lt;slug&gt;/, maintenance/&lt;slug&gt;/, components/&lt;id&gt;/. Site-relative, with a
/// trailing slash. Later history pages (history/2.html...) are left out: every incident they list has its own entry.
/// </summary>
public static class SitePages
{
    public static IReadOnlyList<SitePage> All(SiteSnapshot snapshot)
    {
        var pages = new List<SitePage> { new(Routes.Home.Path(), null), new(Routes.History.Path(), null), new(Routes.Uptime.Path(), null), new(Routes.MaintenanceIndex.Path(), null) };
        pages.AddRange(snapshot.Site.Components.Select(c => new SitePage(Routes.Component.Path(c.Id), null)));
        pages.AddRange(snapshot.Content.Incidents
            .OrderBy(i => i.Slug, StringComparer.Ordinal)
            .Select(i => new SitePage(Routes.Incident.Path(i.Slug), Feeds.ContentTimes.LastChanged(i))));
        pages.AddRange(snapshot.Content.Maintenances
            .OrderBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => new SitePage(Routes.Maintenance.Path(m.Slug), Feeds.ContentTimes.LastChanged(m))));
        return pages;
    }
}

/// <param name="Path">Relative to the site root, e.g. "incidents/2026-11-10-api/"; "" for the home page.</param>
/// <param name="LastModified">From content for incident and maintenance pages; null for pages that change with the build time.</param>
public sealed record SitePage(string Path, DateTimeOffset? LastModified);
