using System.Globalization;
using StatusGen.Model;

namespace StatusGen.Feeds;

/// <summary>The words feeds, the calendar and badges show, in the site's language ("en" or "de").</summary>
internal sealed record FeedText
{
    public required string History { get; init; }
    public required string Updates { get; init; }
    public required string Maintenance { get; init; }
    public required string Impact { get; init; }
    public required string Affected { get; init; }
    public required string Window { get; init; }
    public required IReadOnlyDictionary<IncidentUpdateStatus, string> IncidentStatuses { get; init; }
    public required IReadOnlyDictionary<MaintenanceUpdateStatus, string> MaintenanceStatuses { get; init; }
    public required IReadOnlyDictionary<Impact, string> Impacts { get; init; }

    public static readonly FeedText English = new()
    {
        History = "Incident history",
        Updates = "Updates",
        Maintenance = "Maintenance",
        Impact = "Impact",
        Affected = "Affected",
        Window = "Window",
        IncidentStatuses = new Dictionary<IncidentUpdateStatus, string>
        {
            [IncidentUpdateStatus.Investigating] = "Investigating",
            [IncidentUpdateStatus.Identified] = "Identified",
            [IncidentUpdateStatus.Monitoring] = "Monitoring",
            [IncidentUpdateStatus.Update] = "Update",
            [IncidentUpdateStatus.Resolved] = "Resolved",
            [IncidentUpdateStatus.Postmortem] = "Postmortem",
        },
        MaintenanceStatuses = new Dictionary<MaintenanceUpdateStatus, string>
        {
            [MaintenanceUpdateStatus.Scheduled] = "Scheduled",
            [MaintenanceUpdateStatus.InProgress] = "In progress",
            [MaintenanceUpdateStatus.Verifying] = "Verifying",
            [MaintenanceUpdateStatus.Completed] = "Completed",
            [MaintenanceUpdateStatus.Update] = "Update",
        },
        Impacts = new Dictionary<Impact, string>
        {
            [Model.Impact.None] = "None",
            [Model.Impact.Minor] = "Minor",
            [Model.Impact.Major] = "Major",
            [Model.Impact.Critical] = "Critical",
        },
    };

    public static readonly FeedText German = new()
    {
        History = "Störungsverlauf",
        Updates = "Meldungen",
        Maintenance = "Wartung",
        Impact = "Auswirkung",
        Affected = "Betroffen",
        Window = "Zeitraum",
        IncidentStatuses = new Dictionary<IncidentUpdateStatus, string>
        {
            [IncidentUpdateStatus.Investigating] = "Untersuchung",
            [IncidentUpdateStatus.Identified] = "Ursache erkannt",
            [IncidentUpdateStatus.Monitoring] = "Beobachtung",
            [IncidentUpdateStatus.Update] = "Aktualisierung",
            [IncidentUpdateStatus.Resolved] = "Behoben",
            [IncidentUpdateStatus.Postmortem] = "Nachbetrachtung",
        },
        MaintenanceStatuses = new Dictionary<MaintenanceUpdateStatus, string>
        {
            [MaintenanceUpdateStatus.Scheduled] = "Geplant",
            [MaintenanceUpdateStatus.InProgress] = "Läuft",
            [MaintenanceUpdateStatus.Verifying] = "Überprüfung",
            [MaintenanceUpdateStatus.Completed] = "Abgeschlossen",
            [MaintenanceUpdateStatus.Update] = "Aktualisierung",
        },
        Impacts = new Dictionary<Impact, string>
        {
            [Model.Impact.None] = "Keine",
            [Model.Impact.Minor] = "Gering",
            [Model.Impact.Major] = "Erheblich",
            [Model.Impact.Critical] = "Kritisch",
        },
    };

    public static FeedText For(SiteConfig site) => site.Language == "de" ? German : English;

    /// <summary>"2026-11-10 15:10 UTC+01:00": wall-clock time in the site's time zone with its offset, never ambiguous.</summary>
    public static string Time(SiteConfig site, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, site.TimeZone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} UTC{sign}{offset:hh\\:mm}");
    }
}
