using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// Folds one component's per-day totals into its report: the display window's days, the fixed windows and the
/// months. Every window is a sum of whole calendar days, so the bars and the percentages always agree.
/// </summary>
internal sealed class ComponentSummary(
    DayCalendar calendar,
    UptimeSettings settings,
    DateTimeOffset now,
    IReadOnlyList<Incident> incidents)
{
    private const double TicksPerMinute = TimeSpan.TicksPerMinute;

    private readonly long[] trackedTicks = new long[calendar.DayCount];
    private readonly double[] downtime = new double[calendar.DayCount];

    /// <param name="trackedFrom">UTC ticks at which tracking starts.</param>
    /// <param name="segments">The component's segments as collected: incidents newest first, each incident's together and in time order.</param>
    /// <param name="totals">Ticks per day and status from <see cref="DaySweep"/>.</param>
    public ComponentUptime Summarise(string componentId, long trackedFrom, List<StatusSegment> segments, long[] totals)
    {
        var nowTicks = now.UtcTicks;
        for (var d = 0; d < calendar.DayCount; d++)
        {
            var from = Math.Max(calendar.Start(d), trackedFrom);
            var to = Math.Min(calendar.Start(d + 1), nowTicks);
            trackedTicks[d] = Math.Max(0, to - from);
            var at = d * DaySweep.Slots;
            downtime[d] = UptimeCalculator.Downtime(
                settings,
                major: totals[at + DaySweep.Slot(ComponentStatus.MajorOutage)] / TicksPerMinute,
                partial: totals[at + DaySweep.Slot(ComponentStatus.PartialOutage)] / TicksPerMinute,
                maintenance: totals[at + DaySweep.Slot(ComponentStatus.UnderMaintenance)] / TicksPerMinute);
        }

        var last = calendar.DayCount - 1;
        return new ComponentUptime
        {
            ComponentId = componentId,
            Last7Days = Window(last - 6, last),
            Last30Days = Window(last - 29, last),
            Last90Days = Window(last - 89, last),
            Last365Days = Window(last - 364, last),
            Window = Window(last - settings.WindowDays + 1, last),
            Days = Days(segments, totals),
            Months = Months(),
        };
    }

    private double? Window(int first, int last)
    {
        var (tracked, down) = Sum(first, last);
        return UptimeCalculator.Percent(tracked, down);
    }

    private (double Tracked, double Downtime) Sum(int first, int last)
    {
        long tracked = 0;
        double down = 0;
        for (var d = Math.Max(first, 0); d <= last; d++)
        {
            tracked += trackedTicks[d];
            down += downtime[d];
        }

        return (tracked / TicksPerMinute, down);
    }

    private List<MonthUptime> Months()
    {
        var today = calendar.LastDay;
        var months = new List<MonthUptime>(12);
        for (var back = 11; back >= 0; back--)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            var lastOfMonth = first.AddMonths(1).AddDays(-1);
            var (tracked, down) = Sum(calendar.IndexOf(first), calendar.IndexOf(lastOfMonth < today ? lastOfMonth : today));
            months.Add(new MonthUptime
            {
                Year = first.Year,
                Month = first.Month,
                Uptime = UptimeCalculator.Percent(tracked, down),
                TrackedMinutes = tracked,
                DowntimeMinutes = down,
            });
        }

        return months;
    }

    private List<DayUptime> Days(List<StatusSegment> segments, long[] totals)
    {
        var firstShown = calendar.DayCount - settings.WindowDays;
        var (touching, worst) = Marks(segments, firstShown);
        var days = new List<DayUptime>(settings.WindowDays);
        for (var d = firstShown; d < calendar.DayCount; d++)
        {
            var at = d * DaySweep.Slots;
            var tracked = trackedTicks[d] / TicksPerMinute;
            var slugs = touching[d - firstShown];
            days.Add(new DayUptime
            {
                Date = calendar.DateOf(d),
                Uptime = UptimeCalculator.Percent(tracked, downtime[d]),
                TrackedMinutes = tracked,
                MajorOutageMinutes = totals[at + DaySweep.Slot(ComponentStatus.MajorOutage)] / TicksPerMinute,
                PartialOutageMinutes = totals[at + DaySweep.Slot(ComponentStatus.PartialOutage)] / TicksPerMinute,
                DegradedMinutes = totals[at + DaySweep.Slot(ComponentStatus.DegradedPerformance)] / TicksPerMinute,
                MaintenanceMinutes = totals[at + DaySweep.Slot(ComponentStatus.UnderMaintenance)] / TicksPerMinute,
                DowntimeMinutes = downtime[d],
                WorstStatus = worst[d - firstShown],
                IncidentSlugs = slugs is null ? [] : [.. slugs.Select(i => incidents[i].Slug)],
            });
        }

        return days;
    }

    /// <summary>
    /// For each shown day: the incidents with a non-operational segment on it (an overlapped one included), newest first
    /// because segments come newest incident first, and the worst
    /// status any source set on it, by severity (which can differ from the minutes' dominant status under counted maintenance).
    /// </summary>
    private (List<int>?[] Incidents, ComponentStatus[] Worst) Marks(List<StatusSegment> segments, int firstShown)
    {
        var incidentsByDay = new List<int>?[calendar.DayCount - firstShown];
        var worst = new ComponentStatus[calendar.DayCount - firstShown];
        var shownFrom = calendar.Start(firstShown);
        foreach (var segment in segments)
        {
            if (segment.End <= shownFrom)
            {
                continue;
            }

            var last = calendar.IndexOfTicks(segment.End - 1);
            for (var d = Math.Max(firstShown, calendar.IndexOfTicks(segment.Start)); d <= last; d++)
            {
                var i = d - firstShown;
                if (segment.Status > worst[i])
                {
                    worst[i] = segment.Status;
                }

                if (segment.IsMaintenance)
                {
                    continue;
                }

                // An incident's segments are collected together, so a repeat can only be the last one added.
                var list = incidentsByDay[i] ??= [];
                if (list.Count == 0 || list[^1] != segment.Source)
                {
                    list.Add(segment.Source);
                }
            }
        }

        return (incidentsByDay, worst);
    }
}
