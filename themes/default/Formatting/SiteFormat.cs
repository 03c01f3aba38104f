using System.Globalization;
using StatusGen.Model;
using StatusGen.Themes.Default.Localization;

namespace StatusGen.Themes.Default.Formatting;

/// <summary>
/// Formats instants, durations and percentages for one site: in its language and, for instants, in its time zone.
/// Machine-readable values (the <c>datetime</c> attribute) keep the original offset-qualified instant.
/// </summary>
/// <param name="now">The build's time: dates in its year are shown without the year where space is short.</param>
public sealed class SiteFormat(UiStrings strings, TimeZoneInfo timeZone, DateTimeOffset now)
{
    private readonly CultureInfo culture = strings.CultureInfo;
    private readonly int currentYear = TimeZoneInfo.ConvertTime(now, timeZone).Year;

    public TimeZoneInfo TimeZone => timeZone;

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, timeZone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>"12 Nov 2026, 09:15 UTC+1" in the site's zone; the offset says which zone without a lookup table.</summary>
    public string DateTime(DateTimeOffset instant)
    {
        var local = Local(instant);
        return local.ToString(strings.DateTimeFormat, culture) + " " + Offset(local.Offset);
    }

    public string Date(DateOnly date) => date.ToString(strings.DateFormat, culture);

    /// <summary>A date in the uptime bars: without the year when it is the build's year, to keep the home page small.</summary>
    public string BarDate(DateOnly date) =>
        date.ToString(date.Year == currentYear ? strings.DayMonthFormat : strings.DateFormat, culture);

    public string DayHeading(DateOnly date) => date.ToString(strings.DayHeadingFormat, culture);

    public string Month(int year, int month) => new DateOnly(year, month, 1).ToString(strings.MonthFormat, culture);

    public string ShortMonth(int year, int month) => new DateOnly(year, month, 1).ToString(strings.ShortMonthFormat, culture);

    public string Percent(double? value) =>
        value is { } v ? string.Format(culture, strings.PercentFormat, Math.Floor(v * 100) / 100) : strings.StatusNoData;

    /// <summary>"2 d 3 h", "3 h 20 min", "5 min": at most the two largest units, rounded down to the minute.</summary>
    public string Duration(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
        {
            return string.Format(culture, strings.DurationMinutes, 0);
        }

        if (span < TimeSpan.FromMinutes(1))
        {
            return strings.LessThanAMinute;
        }

        var parts = new List<string>(3);
        if (span.Days > 0)
        {
            parts.Add(string.Format(culture, strings.DurationDays, span.Days));
        }

        if (span.Hours > 0)
        {
            parts.Add(string.Format(culture, strings.DurationHours, span.Hours));
        }

        if (span.Minutes > 0 && span.Days == 0)
        {
            parts.Add(string.Format(culture, strings.DurationMinutes, span.Minutes));
        }

        return string.Join(" ", parts);
    }

    public string ZoneName => timeZone.Id;

    /// <summary>The HTML <c>datetime</c> value of an instant: ISO 8601 with its offset, to the second.</summary>
    public static string Machine(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    public static string Machine(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MachineMonth(int year, int month) => new DateOnly(year, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>An HTML duration string ("PT3H20M"), valid in a <c>time</c> element's <c>datetime</c>.</summary>
    public static string Machine(TimeSpan span)
    {
        var minutes = (long)Math.Floor(span.TotalMinutes);
        return FormattableString.Invariant($"PT{minutes / 60}H{minutes % 60}M");
    }

    public string Status(ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => strings.StatusOperational,
        ComponentStatus.UnderMaintenance => strings.StatusUnderMaintenance,
        ComponentStatus.DegradedPerformance => strings.StatusDegradedPerformance,
        ComponentStatus.PartialOutage => strings.StatusPartialOutage,
        _ => strings.StatusMajorOutage,
    };

    public string Banner(ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => strings.BannerOperational,
        ComponentStatus.UnderMaintenance => strings.BannerUnderMaintenance,
        ComponentStatus.DegradedPerformance => strings.BannerDegradedPerformance,
        ComponentStatus.PartialOutage => strings.BannerPartialOutage,
        _ => strings.BannerMajorOutage,
    };

    public string Impact(Impact impact) => impact switch
    {
        Model.Impact.None => strings.ImpactNone,
        Model.Impact.Minor => strings.ImpactMinor,
        Model.Impact.Major => strings.ImpactMajor,
        _ => strings.ImpactCritical,
    };

    public string Update(IncidentUpdateStatus status) => status switch
    {
        IncidentUpdateStatus.Investigating => strings.UpdateInvestigating,
        IncidentUpdateStatus.Identified => strings.UpdateIdentified,
        IncidentUpdateStatus.Monitoring => strings.UpdateMonitoring,
        IncidentUpdateStatus.Update => strings.UpdateUpdate,
        IncidentUpdateStatus.Resolved => strings.UpdateResolved,
        _ => strings.UpdatePostmortem,
    };

    public string Update(MaintenanceUpdateStatus status) => status switch
    {
        MaintenanceUpdateStatus.Scheduled => strings.MaintenanceScheduled,
        MaintenanceUpdateStatus.InProgress => strings.MaintenanceInProgress,
        MaintenanceUpdateStatus.Verifying => strings.MaintenanceVerifying,
        MaintenanceUpdateStatus.Completed => strings.MaintenanceCompleted,
        _ => strings.MaintenanceUpdate,
    };

    public string State(MaintenanceState state) => state switch
    {
        MaintenanceState.Upcoming => strings.MaintenanceStateUpcoming,
        MaintenanceState.InProgress => strings.MaintenanceStateInProgress,
        _ => strings.MaintenanceStateCompleted,
    };

    /// <summary>
    /// Every maintenance state's word in state order, joined by '|': the data-states attribute from which site.js
    /// relabels a window when the visitor's clock has moved it on.
    /// </summary>
    public string MaintenanceStates => string.Join("|", Enum.GetValues<MaintenanceState>().Select(State));

    /// <summary>"1 component" or "3 components": the language's singular and plural forms, filled with the count.</summary>
    public string Count(string one, string other, int count) => Text(count == 1 ? one : other, count);

    /// <summary>Fills a composite format from the translation file in the language's culture.</summary>
    public string Text(string format, params object?[] args) => string.Format(culture, format, args);

    private static string Offset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? FormattableString.Invariant($"UTC{sign}{abs.Hours}")
            : FormattableString.Invariant($"UTC{sign}{abs.Hours}:{abs.Minutes:00}");
    }
}
