using StatusGen.Model;
using StatusGen.Uptime;

namespace StatusGen.Themes.Default.Models;

/// <summary>
/// One item of the home page's site-wide row (docs/theme.md, "Weight"): a day, or a run of quiet days that look the
/// same, coloured by the worst status any component reached, with every incident that touched any component that day.
/// </summary>
/// <param name="Worst">Null for days before any component's tracking started.</param>
/// <param name="IncidentSlugs">Newest first, each once.</param>
public sealed record SiteBar(DateOnly First, DateOnly Last, ComponentStatus? Worst, IReadOnlyList<string> IncidentSlugs)
{
    public int DayCount => Last.DayNumber - First.DayNumber + 1;

    internal static IReadOnlyList<SiteBar> Of(UptimeReport uptime, IReadOnlyDictionary<string, Incident> incidentsBySlug)
    {
        var components = uptime.Components.Where(c => c.Days.Count > 0).ToList();
        if (components.Count == 0)
        {
            return [];
        }

        var bars = new List<SiteBar>();
        var days = components.Min(c => c.Days.Count);
        for (var i = 0; i < days; i++)
        {
            var today = components.Select(c => c.Days[i]).ToList();
            var withData = today.Where(d => d.HasData).ToList();
            ComponentStatus? worst = withData.Count == 0 ? null : withData.Max(d => d.WorstStatus);
            IReadOnlyList<string> slugs = [.. today.SelectMany(d => d.IncidentSlugs).Distinct(StringComparer.Ordinal)
                .OrderByDescending(s => incidentsBySlug.TryGetValue(s, out var incident) ? incident.Started : DateTimeOffset.MinValue)
                .ThenBy(s => s, StringComparer.Ordinal)];
            var bar = new SiteBar(today[0].Date, today[0].Date, worst, slugs);

            // Quiet days that look the same merge, as the per-component bars do (BarRun).
            if (bars.Count > 0 && bars[^1] is { IncidentSlugs.Count: 0 } previous && slugs.Count == 0 && previous.Worst == worst)
            {
                bars[^1] = previous with { Last = bar.Last };
            }
            else
            {
                bars.Add(bar);
            }
        }

        return bars;
    }
}
