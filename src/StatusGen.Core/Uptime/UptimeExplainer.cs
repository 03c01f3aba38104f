using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>The minutes one incident or maintenance window took from one component on one day.</summary>
public sealed record UptimeShare
{
    public required DateOnly Date { get; init; }

    /// <summary>The incident's or maintenance window's slug.</summary>
    public required string Slug { get; init; }
    public required bool IsMaintenance { get; init; }
    public required double MajorOutageMinutes { get; init; }
    public required double PartialOutageMinutes { get; init; }
    public required double DegradedMinutes { get; init; }
    public required double MaintenanceMinutes { get; init; }

    /// <summary>What these minutes subtract from the day's uptime under the site's weight and maintenance switch.</summary>
    public required double DowntimeMinutes { get; init; }
}

/// <summary>
/// Attributes every minute of a component's status to the source that set it, for <c>statusgen uptime --explain</c>.
/// Where sources overlap, the minute goes to the one with the dominant status (<see cref="DaySweep.DominanceOrder"/>),
/// then to the earlier-started one, so the shares of a day add up to exactly the minutes <see cref="UptimeCalculator"/>
/// reports for it.
/// </summary>
public static class UptimeExplainer
{
    private const double TicksPerMinute = TimeSpan.TicksPerMinute;

    /// <summary>Shares over the last <paramref name="windowDays"/> calendar days, oldest day first, largest downtime first within a day.</summary>
    /// <exception cref="ArgumentException">The component is not in site.yml.</exception>
    public static IReadOnlyList<UptimeShare> Explain(SiteContent content, DateTimeOffset now, string componentId, int windowDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        var site = content.Site;
        var component = site.FindComponent(componentId) ?? throw new ArgumentException($"No component '{componentId}' in site.yml.", nameof(componentId));
        var calendar = UptimeCalculator.CalendarFor(site, now, windowDays);
        var firstShown = calendar.DayCount - windowDays;
        var from = Math.Max(UptimeCalculator.TrackingStart(component, site.TimeZone, calendar), calendar.Start(firstShown));
        var segments = new List<StatusSegment>();
        if (from < now.UtcTicks)
        {
            var timelines = new ComponentTimelines(content, now, UptimeCalculator.NewestFirst(content.Incidents));
            timelines.Collect(timelines.IndexOf(componentId), from, now.UtcTicks, segments);
        }

        var cells = Attribute(calendar, segments, DaySweep.DominanceOrder(site.Uptime));
        return [.. cells
            .Select(cell => Share(content, calendar.DateOf(cell.Key.Day), cell.Key.Source, cell.Value))
            .OrderBy(s => s.Date)
            .ThenByDescending(s => s.DowntimeMinutes)
            .ThenBy(s => s.Slug, StringComparer.Ordinal)];
    }

    /// <summary>Ticks per (day, source) and status slot, each elementary interval going to its worst source.</summary>
    private static Dictionary<(int Day, int Source), long[]> Attribute(DayCalendar calendar, List<StatusSegment> segments, int[] dominance)
    {
        var byStart = segments.OrderBy(s => s.Start).ToList();
        var points = segments.SelectMany(s => new[] { s.Start, s.End }).Distinct().Order().ToList();
        var active = new List<StatusSegment>();
        var cells = new Dictionary<(int, int), long[]>();
        var next = 0;
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            active.RemoveAll(s => s.End <= from);
            while (next < byStart.Count && byStart[next].Start <= from)
            {
                active.Add(byStart[next++]);
            }

            if (active.Count == 0)
            {
                continue;
            }

            var owner = active.OrderBy(s => Array.IndexOf(dominance, DaySweep.Slot(s.Status))).ThenBy(s => s.Start).ThenBy(s => s.Source).First();
            for (var day = calendar.IndexOfTicks(from); from < to; day++)
            {
                var end = Math.Min(to, calendar.Start(day + 1));
                if (end > from)
                {
                    if (!cells.TryGetValue((day, owner.Source), out var ticks))
                    {
                        cells[(day, owner.Source)] = ticks = new long[DaySweep.Slots];
                    }

                    ticks[DaySweep.Slot(owner.Status)] += end - from;
                }

                from = end;
            }
        }

        return cells;
    }

    private static UptimeShare Share(SiteContent content, DateOnly date, int source, long[] ticks)
    {
        double Minutes(ComponentStatus status) => ticks[DaySweep.Slot(status)] / TicksPerMinute;
        var maintenance = source < 0;
        return new UptimeShare
        {
            Date = date,
            Slug = maintenance ? content.Maintenances[~source].Slug : content.Incidents[source].Slug,
            IsMaintenance = maintenance,
            MajorOutageMinutes = Minutes(ComponentStatus.MajorOutage),
            PartialOutageMinutes = Minutes(ComponentStatus.PartialOutage),
            DegradedMinutes = Minutes(ComponentStatus.DegradedPerformance),
            MaintenanceMinutes = Minutes(ComponentStatus.UnderMaintenance),
            DowntimeMinutes = UptimeCalculator.Downtime(
                content.Site.Uptime,
                Minutes(ComponentStatus.MajorOutage),
                Minutes(ComponentStatus.PartialOutage),
                Minutes(ComponentStatus.UnderMaintenance)),
        };
    }
}
