using System.Globalization;
using StatusGen.Model;

namespace StatusGen.Api;

/// <summary>Statuspage's spellings for our closed sets, and its time format.</summary>
internal static class StatuspageValues
{
    /// <summary>ISO 8601 with milliseconds and the site's offset, as Statuspage writes it: "2026-11-10T09:15:00.000+01:00".</summary>
    public static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>The IANA name ("Europe/Berlin"), also on hosts whose time zone ids are Windows names.</summary>
    public static string TimeZoneName(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana
        : zone.Id;

    public static string Component(ComponentStatus status) => status.Name();

    public static string Incident(IncidentUpdateStatus status) => status.Name().ToLowerInvariant();

    public static string Maintenance(MaintenanceUpdateStatus status) => status switch
    {
        MaintenanceUpdateStatus.Scheduled => "scheduled",
        MaintenanceUpdateStatus.InProgress => "in_progress",
        MaintenanceUpdateStatus.Verifying => "verifying",
        MaintenanceUpdateStatus.Completed => "completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "An 'Update' has no phase of its own."),
    };

    /// <summary>
    /// The page indicator: the worse of the worst unresolved incident's impact and the worst current component
    /// status (degraded_performance -> minor, partial_outage -> major, major_outage -> critical).
    /// </summary>
    public static Impact Indicator(ComponentStatus worstComponent, IEnumerable<Incident> unresolved)
    {
        return unresolved.Select(i => i.Impact).Append(Impacts.Of(worstComponent)).Max();
    }

    /// <summary>Statuspage's human wording for the indicator; maintenance shows when nothing worse is going on.</summary>
    public static string Description(Impact indicator, ComponentStatus worstComponent) => indicator switch
    {
        Impact.Critical => "Major System Outage",
        Impact.Major => "Partial System Outage",
        Impact.Minor => worstComponent == ComponentStatus.DegradedPerformance ? "Partially Degraded Service" : "Minor Service Outage",
        _ => worstComponent == ComponentStatus.UnderMaintenance ? "Service Under Maintenance" : "All Systems Operational",
    };
}
