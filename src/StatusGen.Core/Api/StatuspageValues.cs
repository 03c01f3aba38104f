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
    /// Statuspage's human wording for the site's state (<see cref="Status.SiteStatus.Overall"/>, decided by
    /// <see cref="Status.StatusResolver"/>); the indicator comes from the same state.
    /// </summary>
    public static string Description(ComponentStatus overall) => overall switch
    {
        ComponentStatus.MajorOutage => "Major System Outage",
        ComponentStatus.PartialOutage => "Partial System Outage",
        ComponentStatus.DegradedPerformance => "Partially Degraded Service",
        ComponentStatus.UnderMaintenance => "Service Under Maintenance",
        _ => "All Systems Operational",
    };
}
