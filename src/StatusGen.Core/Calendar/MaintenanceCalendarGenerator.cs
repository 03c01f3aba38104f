using StatusGen.Localization;
using System.Globalization;
using System.Text;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Calendar;

/// <summary>
/// maintenance.ics: one VEVENT per maintenance window. UID is "maintenance-SLUG@HOST" and never changes;
/// SEQUENCE is the number of updates the maintenance has, so it rises whenever an update is posted (post one
/// when you reschedule); DTSTAMP and LAST-MODIFIED are the newest update's time (the scheduled start without updates),
/// never the build time. docs/feeds.md.
/// </summary>
public sealed class MaintenanceCalendarGenerator : IOutputGenerator
{
    public string Name => "calendar";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var site = snapshot.Site;
        var text = SiteText.For(site.Language);
        var ics = new IcsText()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", $"-//{GeneratorInfo.Name}//{GeneratorInfo.Name} {snapshot.GeneratorVersion}//{site.Language.ToUpperInvariant()}")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", $"{site.Title}: {text.Maintenance}");

        foreach (var maintenance in snapshot.Content.Maintenances.OrderBy(m => m.Scheduled).ThenBy(m => m.Slug, StringComparer.Ordinal))
        {
            var stamp = Utc(ContentTimes.LastChanged(maintenance));
            var url = snapshot.Absolute(Routes.Maintenance.Path(maintenance.Slug)).AbsoluteUri;
            ics.Line("BEGIN", "VEVENT")
                .Line("UID", Uid(site, maintenance))
                .Line("SEQUENCE", maintenance.Updates.Count.ToString(CultureInfo.InvariantCulture))
                .Line("DTSTAMP", stamp)
                .Line("LAST-MODIFIED", stamp)
                .Line("DTSTART", Utc(maintenance.Scheduled))
                .Line("DTEND", Utc(maintenance.Until))
                .Text("SUMMARY", $"{text.Maintenance}: {maintenance.Title}")
                .Text("DESCRIPTION", Description(site, text, maintenance, url))
                .Line("URL", url)
                .Line("STATUS", "CONFIRMED")
                .Line("TRANSP", "TRANSPARENT")
                .Line("END", "VEVENT");
        }

        ics.Line("END", "VCALENDAR");
        yield return new OutputFile(Routes.Calendar.Path(), ics.ToBytes(), Routes.Calendar.MediaType);
    }

    public static string Uid(SiteConfig site, Maintenance maintenance) => $"maintenance-{maintenance.Slug}@{site.BaseUrl.Host}";

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Description(SiteConfig site, SiteText text, Maintenance maintenance, string url)
    {
        var description = new StringBuilder();
        var names = maintenance.ComponentIds.Select(id => site.FindComponent(id)?.Name ?? id);
        description.Append(text.Affected).Append(": ").Append(string.Join(", ", names)).Append('\n');
        if (!maintenance.Summary.IsEmpty)
        {
            description.Append('\n').Append(MarkdownRenderer.Default.ToPlainText(maintenance.Summary.Markdown)).Append('\n');
        }

        foreach (var update in maintenance.Updates)
        {
            description.Append('\n').Append(text.MaintenanceStatuses[update.Status]).Append(" (").Append(FeedText.Time(site, update.At)).Append(")\n");
            if (!update.Body.IsEmpty)
            {
                description.Append(MarkdownRenderer.Default.ToPlainText(update.Body.Markdown)).Append('\n');
            }
        }

        return description.Append('\n').Append(url).ToString();
    }
}
