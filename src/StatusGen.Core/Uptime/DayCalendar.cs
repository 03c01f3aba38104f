namespace StatusGen.Uptime;

/// <summary>
/// Consecutive calendar days of one time zone as UTC tick boundaries: day i is [Start(i), Start(i + 1)).
/// Days are cut at local midnight, so daylight-saving days last 23 or 25 hours; where a zone skips
/// midnight itself, the day starts at its first valid instant.
/// </summary>
internal sealed class DayCalendar
{
    private readonly long[] starts;

    private DayCalendar(DateOnly firstDay, long[] starts)
    {
        FirstDay = firstDay;
        this.starts = starts;
    }

    public DateOnly FirstDay { get; }

    public int DayCount => starts.Length - 1;

    public DateOnly LastDay => FirstDay.AddDays(DayCount - 1);

    /// <param name="firstDay">First day, inclusive.</param>
    /// <param name="lastDay">Last day, inclusive.</param>
    public static DayCalendar Create(TimeZoneInfo zone, DateOnly firstDay, DateOnly lastDay)
    {
        var count = lastDay.DayNumber - firstDay.DayNumber + 1;
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(lastDay));
        var starts = new long[count + 1];
        for (var i = 0; i <= count; i++)
        {
            starts[i] = StartOfDayTicks(firstDay.AddDays(i), zone);
        }

        return new DayCalendar(firstDay, starts);
    }

    /// <summary>UTC ticks at which day <paramref name="index"/> starts (<see cref="DayCount"/> gives the end of the last day).</summary>
    public long Start(int index) => starts[index];

    public DateOnly DateOf(int index) => FirstDay.AddDays(index);

    public int IndexOf(DateOnly date) => date.DayNumber - FirstDay.DayNumber;

    /// <summary>The day holding the instant; the caller keeps it within the calendar.</summary>
    public int IndexOfTicks(long utcTicks)
    {
        var found = Array.BinarySearch(starts, utcTicks);
        if (found < 0)
        {
            return ~found - 1;
        }

        // A day of zero length (a zone that skipped a whole date) shares its start with the next day.
        while (found + 1 < starts.Length - 1 && starts[found + 1] == utcTicks)
        {
            found++;
        }

        return found;
    }

    /// <summary>The calendar date of an instant in the zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>UTC ticks of the first instant of <paramref name="date"/> in the zone.</summary>
    public static long StartOfDayTicks(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(midnight))
        {
            return FirstInstantAtOrAfter(midnight, zone);
        }

        // Where midnight happens twice the day starts at the first one, which has the larger offset.
        var offset = zone.IsAmbiguousTime(midnight)
            ? zone.GetAmbiguousTimeOffsets(midnight).Max()
            : zone.GetUtcOffset(midnight);
        return midnight.Ticks - offset.Ticks;
    }

    /// <summary>
    /// Midnight falls into a gap (clocks jumped forward over it): the day starts where the gap ends, which is the
    /// transition instant. Binary search over UTC: local time is monotonic this close to a forward jump.
    /// </summary>
    private static long FirstInstantAtOrAfter(DateTime local, TimeZoneInfo zone)
    {
        var margin = TimeSpan.FromHours(40).Ticks;
        long low = local.Ticks - margin, high = local.Ticks + margin;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var localAtMiddle = TimeZoneInfo.ConvertTimeFromUtc(new DateTime(middle, DateTimeKind.Utc), zone);
            if (localAtMiddle.Ticks >= local.Ticks)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
