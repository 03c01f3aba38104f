using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// Computes every component's uptime at the build's time: the daily bars of the display window, the 7/30/90/365-day
/// windows and the last 12 calendar months. The rules and their worked examples are in docs/uptime.md.
/// </summary>
public static class UptimeCalculator
{
    private const int MonthCount = 12;

    /// <summary>The fixed windows every report carries, in calendar days ending with the build's day.</summary>
    public static IReadOnlyList<int> FixedWindows { get; } = [7, 30, 90, 365];

    /// <exception cref="ArgumentOutOfRangeException">uptime.windowDays is below 1 (the validator rejects such a site).</exception>
    public static UptimeReport Compute(SiteContent content, DateTimeOffset now)
    {
        var site = content.Site;
        var windowDays = site.Uptime.WindowDays;
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1, "site.Uptime.WindowDays");

        var calendar = CalendarFor(site, now, Math.Max(windowDays, FixedWindows[^1]));
        var newestFirst = NewestFirst(content.Incidents);
        var timelines = new ComponentTimelines(content, now, newestFirst);
        var summary = new ComponentSummary(calendar, site.Uptime, now, content.Incidents);
        var sweep = new DaySweep(site.Uptime);
        var segments = new List<StatusSegment>();
        var totals = new long[calendar.DayCount * DaySweep.Slots];
        var components = new List<ComponentUptime>(site.Components.Count);
        for (var c = 0; c < site.Components.Count; c++)
        {
            var component = site.Components[c];
            var trackedFrom = TrackingStart(component, site.TimeZone, calendar);
            segments.Clear();
            Array.Clear(totals);
            if (trackedFrom < now.UtcTicks)
            {
                timelines.Collect(c, trackedFrom, now.UtcTicks, segments);
                sweep.Run(calendar, segments, trackedFrom, totals);
            }

            components.Add(summary.Summarise(component.Id, trackedFrom, segments, totals));
        }

        return new UptimeReport
        {
            WindowDays = windowDays,
            Components = components,
            Groups = Groups(site.Components, components),
            Overall = Mean(components.Select(c => c.Window)),
        };
    }

    /// <summary>
    /// Calendar days ending with the build's local day and reaching back <paramref name="days"/> days and to the
    /// first of the month eleven months back, whichever is earlier.
    /// </summary>
    internal static DayCalendar CalendarFor(SiteConfig site, DateTimeOffset now, int days)
    {
        var today = DayCalendar.LocalDate(now, site.TimeZone);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-(MonthCount - 1));
        var firstDay = today.AddDays(-(days - 1));
        return DayCalendar.Create(site.TimeZone, firstDay < firstMonth ? firstDay : firstMonth, today);
    }

    /// <summary>UTC ticks from which the component is tracked: local midnight of its <c>since</c> day, else the calendar's start.</summary>
    internal static long TrackingStart(Component component, TimeZoneInfo zone, DayCalendar calendar) =>
        component.Since is { } since
            ? Math.Max(calendar.Start(0), DayCalendar.StartOfDayTicks(since, zone))
            : calendar.Start(0);

    /// <summary>Uptime in percent, clamped to 0..100, or null when nothing was tracked.</summary>
    internal static double? Percent(double trackedMinutes, double downtimeMinutes) =>
        trackedMinutes > 0 ? Math.Clamp(100 * (trackedMinutes - downtimeMinutes) / trackedMinutes, 0, 100) : null;

    /// <summary>Downtime of the given minutes under the site's weights and maintenance switch.</summary>
    internal static double Downtime(UptimeSettings settings, double major, double partial, double maintenance) =>
        major + (settings.PartialOutageWeight * partial) + (settings.CountMaintenance ? maintenance : 0);

    /// <summary>Incident indices sorted newest first (start descending, then slug): the order of a day's incident list.</summary>
    internal static int[] NewestFirst(IReadOnlyList<Incident> incidents)
    {
        var order = new int[incidents.Count];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted &= i == 0 || IsNewerOrEqual(incidents[i - 1], incidents[i]);
        }

        // The loader already sorts them so; sort only content built some other way.
        return sorted ? order : [.. order.OrderByDescending(i => incidents[i].Started).ThenBy(i => incidents[i].Slug, StringComparer.Ordinal)];
    }

    private static bool IsNewerOrEqual(Incident a, Incident b) =>
        a.Started > b.Started || (a.Started == b.Started && string.CompareOrdinal(a.Slug, b.Slug) <= 0);

    private static List<GroupUptime> Groups(IReadOnlyList<Component> components, List<ComponentUptime> uptimes)
    {
        var names = components.Where(c => c.Group is not null).Select(c => c.Group!).Distinct(StringComparer.Ordinal);
        return [.. names.Select(name =>
        {
            var members = Enumerable.Range(0, components.Count).Where(i => components[i].Group == name).ToList();
            return new GroupUptime
            {
                Name = name,
                ComponentIds = [.. members.Select(i => components[i].Id)],
                Window = Mean(members.Select(i => uptimes[i].Window)),
            };
        })];
    }

    /// <summary>Mean of the values that are not null; null when there are none.</summary>
    internal static double? Mean(IEnumerable<double?> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                sum += v;
                count++;
            }
        }

        return count > 0 ? sum / count : null;
    }
}

