using StatusGen.Model;
using StatusGen.Uptime;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// What one component's row with its daily bars weighs on the home page, in bytes, worked out from the content before anything is
/// rendered, so the home page can choose between per-component bars and the site-wide row (docs/theme.md, "Weight").
/// The sizes follow Partials/ComponentRow and Partials/UptimeBars (English; other languages differ by a few percent).
/// </summary>
internal static class BarWeight
{
    /// <summary>Incident links a bar item carries (Partials/UptimeBars MaxLinks).</summary>
    private const int MaxLinks = 2;

    // The row (name, status with its icon), the bar list's frame and the uptime line under it; an item with its
    // dates and words; one incident link (", <a href="incidents/SLUG/">TITLE</a>" less the slug and title); "and N more".
    private const int PerComponent = 400;
    private const int PerItem = 68;
    private const int PerLink = 30;
    private const int PerMore = 40;

    public static int Of(ComponentUptime uptime, IReadOnlyDictionary<string, Incident> incidentsBySlug)
    {
        var bytes = PerComponent;
        foreach (var run in BarRun.From(uptime.Days))
        {
            var slugs = run.First.IncidentSlugs;
            bytes += PerItem + (slugs.Count > MaxLinks ? PerMore : 0);
            foreach (var slug in slugs.Take(MaxLinks))
            {
                bytes += PerLink + slug.Length + (incidentsBySlug.TryGetValue(slug, out var incident) ? incident.Title.Length : 0);
            }
        }

        return bytes;
    }
}
