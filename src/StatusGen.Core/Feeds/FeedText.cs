using System.Globalization;
using StatusGen.Localization;
using StatusGen.Model;

namespace StatusGen.Feeds;

/// <summary>The words feeds and the calendar show, from the site's language file (see <see cref="SiteText"/>).</summary>
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

    public static FeedText For(SiteConfig site)
    {
        var text = SiteText.For(site.Language);
        return new FeedText
        {
            History = text.IncidentHistory,
            Updates = text.Updates,
            Maintenance = text.Maintenance,
            Impact = text.Impact,
            Affected = text.Affected,
            Window = text.Window,
            IncidentStatuses = text.IncidentStatuses,
            MaintenanceStatuses = text.MaintenanceStatuses,
            Impacts = text.Impacts,
        };
    }

    /// <summary>"2026-11-10 15:10 UTC+01:00": wall-clock time in the site's time zone with its offset, never ambiguous.</summary>
    public static string Time(SiteConfig site, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, site.TimeZone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} UTC{sign}{offset:hh\\:mm}");
    }
}
