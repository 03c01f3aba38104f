using System.Numerics;
using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// Turns overlapping segments into exact per-day durations of the dominant status: an interval sweep over start and
/// end events, so each tick is counted once, in one status, whatever the number of overlapping sources.
/// Reuse one instance across components: it keeps its event buffer.
/// </summary>
internal sealed class DaySweep(UptimeSettings settings)
{
    /// <summary>Slots per day in the totals: maintenance, degraded, partial outage, major outage (status - 1).</summary>
    public const int Slots = 4;

    private readonly int[] dominance = DominanceOrder(settings);
    private long[] events = new long[256];
    private long[] scratch = new long[256];

    public static int Slot(ComponentStatus status) => (int)status - 1;

    /// <summary>
    /// Which status a tick counts as when several are in force, most dominant first: the worst one, except that
    /// maintenance counted as downtime outranks degraded and partial outage. Ranking by downtime weight first keeps
    /// "adding an incident never raises uptime" true (a partial outage during counted maintenance must not turn full
    /// downtime into 0.3); without the switch this is exactly the severity order of <see cref="ComponentStatus"/>.
    /// </summary>
    public static int[] DominanceOrder(UptimeSettings settings) => settings.CountMaintenance
        ? [Slot(ComponentStatus.MajorOutage), Slot(ComponentStatus.UnderMaintenance), Slot(ComponentStatus.PartialOutage), Slot(ComponentStatus.DegradedPerformance)]
        : [Slot(ComponentStatus.MajorOutage), Slot(ComponentStatus.PartialOutage), Slot(ComponentStatus.DegradedPerformance), Slot(ComponentStatus.UnderMaintenance)];

    /// <summary>
    /// Adds, per day and status, the ticks during which that status was the dominant one in force.
    /// </summary>
    /// <param name="origin">UTC ticks no segment starts before (the start of tracking); events are stored relative to it.</param>
    /// <param name="totals">Ticks indexed by <c>day * Slots + Slot(status)</c>.</param>
    public void Run(DayCalendar calendar, List<StatusSegment> segments, long origin, long[] totals)
    {
        if (segments.Count == 0)
        {
            return;
        }

        if (events.Length < segments.Count * 2)
        {
            events = new long[Math.Max(segments.Count * 2, events.Length * 2)];
            scratch = new long[events.Length];
        }

        // One sortable long per event: time relative to origin, then slot (2 bits), then start (1) or end (0).
        // The order of events at the same instant does not matter: the interval between them is empty.
        var count = 0;
        var latest = 0L;
        foreach (var segment in segments)
        {
            long code = Slot(segment.Status) << 1;
            events[count++] = ((segment.Start - origin) << 3) | code | 1;
            events[count++] = ((segment.End - origin) << 3) | code;
            latest = Math.Max(latest, segment.End - origin);
        }

        Sort(count, (latest << 3) | 7);

        Span<int> active = stackalloc int[Slots];
        var previous = 0L;
        var day = calendar.IndexOfTicks(origin);
        for (var i = 0; i < count; i++)
        {
            var e = events[i];
            var at = e >> 3;
            if (at > previous)
            {
                var dominant = -1;
                foreach (var slot in dominance)
                {
                    if (active[slot] > 0)
                    {
                        dominant = slot;
                        break;
                    }
                }

                if (dominant >= 0)
                {
                    day = Add(calendar, origin + previous, origin + at, dominant, day, totals);
                }

                previous = at;
            }

            active[(int)((e >> 1) & 3)] += (e & 1) == 1 ? 1 : -1;
        }
    }

    /// <summary>
    /// Sorts the first <paramref name="count"/> events. Keys are non-negative and at most <paramref name="max"/>, so a
    /// least-significant-digit radix sort (13 bits a pass, four passes for a year in ticks) beats a comparison sort
    /// on the tens of thousands of events of a busy component.
    /// </summary>
    private void Sort(int count, long max)
    {
        const int Bits = 13;
        const int Mask = (1 << Bits) - 1;
        if (count < 512)
        {
            Array.Sort(events, 0, count);
            return;
        }

        Span<int> offsets = stackalloc int[1 << Bits];
        var (source, target) = (events, scratch);
        var passes = (64 - BitOperations.LeadingZeroCount((ulong)max) + Bits - 1) / Bits;
        for (var shift = 0; shift < passes * Bits; shift += Bits)
        {
            offsets.Clear();
            for (var i = 0; i < count; i++)
            {
                offsets[(int)(source[i] >> shift) & Mask]++;
            }

            var sum = 0;
            for (var b = 0; b < offsets.Length; b++)
            {
                (offsets[b], sum) = (sum, sum + offsets[b]);
            }

            for (var i = 0; i < count; i++)
            {
                var key = source[i];
                target[offsets[(int)(key >> shift) & Mask]++] = key;
            }

            (source, target) = (target, source);
        }

        // The sorted keys may sit in the scratch buffer: swap roles instead of copying back.
        (events, scratch) = (source, target);
    }

    /// <summary>Splits [from, to) over the days it spans; days only move forward, so the day index is carried along.</summary>
    private static int Add(DayCalendar calendar, long from, long to, int slot, int day, long[] totals)
    {
        while (from < to)
        {
            while (calendar.Start(day + 1) <= from)
            {
                day++;
            }

            var end = Math.Min(to, calendar.Start(day + 1));
            totals[(day * Slots) + slot] += end - from;
            from = end;
        }

        return day;
    }
}
