using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StatusGen.Model;

namespace StatusGen.Import;

/// <summary>
/// Renders an imported site as our content files. Deterministic: the same import gives the same bytes, so a
/// second run changes nothing. Timestamps carry explicit offsets (in the site's time zone), never local forms,
/// so that no imported time depends on how site.yml's time zone is later set.
/// </summary>
public static partial class ImportedContentText
{
    public static string SiteYml(ImportedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# Imported from {site.Origin} by 'statusgen import'. Review title, baseUrl and timezone.\n")
            .Append(CultureInfo.InvariantCulture, $"title: {YamlScalar.Of(site.Title)}\n");
        if (site.Description.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"description: {YamlScalar.Of(site.Description)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"baseUrl: {YamlScalar.Of(site.BaseUrl.AbsoluteUri)}\n")
            .Append(CultureInfo.InvariantCulture, $"language: {site.Language}\n")
            .Append(CultureInfo.InvariantCulture, $"timezone: {site.TimeZoneId}\n");
        if (site.HistoryEnds is { } since)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(site.TimeZoneId);
            text.Append("lint:\n")
                .Append("  # The imported history ends here; the communication lint applies to incidents that start later.\n")
                .Append(CultureInfo.InvariantCulture, $"  since: {Timestamp(since, zone)}\n");
        }

        text.Append("components:\n");
        foreach (var component in site.Components)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: {component.Id}\n")
                .Append(CultureInfo.InvariantCulture, $"    name: {YamlScalar.Of(component.Name)}\n");
            if (component.Group is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"    group: {YamlScalar.Of(component.Group)}\n");
            }

            if (component.Description.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"    description: {YamlScalar.Of(component.Description)}\n");
            }
        }

        return text.ToString();
    }

    public static string Incident(ImportedIncident incident, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(incident);
        string Time(DateTimeOffset at) => Timestamp(at, timeZone);
        var text = new StringBuilder("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {YamlScalar.Of(incident.Title)}\n")
            .Append(CultureInfo.InvariantCulture, $"started: {Time(incident.Started)}\n");
        if (incident.Resolved is { } resolved)
        {
            text.Append(CultureInfo.InvariantCulture, $"resolved: {Time(resolved)}\n");
        }

        if (incident.Impact is { } impact)
        {
            text.Append(CultureInfo.InvariantCulture, $"impact: {impact.Name()}\n");
        }

        Aliases(text, incident.Aliases);
        if (incident.Components.Count > 0)
        {
            text.Append("components:\n");
            foreach (var component in incident.Components)
            {
                if (component.Changes is [var only] && only.At == incident.Started)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {component.ComponentId}: {only.Status.Name()}\n");
                    continue;
                }

                text.Append(CultureInfo.InvariantCulture, $"  {component.ComponentId}:\n");
                foreach (var change in component.Changes)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {Time(change.At)}: {change.Status.Name()}\n");
                }
            }
        }

        var updates = incident.Updates.OrderByDescending(u => u.At).ThenByDescending(u => u.Status).Select(u => (u.At, u.Status.Name(), u.Markdown));
        return SummaryAndUpdates(text, incident.Summary, updates, timeZone);
    }

    public static string Maintenance(ImportedMaintenance maintenance, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(maintenance);
        var text = new StringBuilder("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {YamlScalar.Of(maintenance.Title)}\n")
            .Append(CultureInfo.InvariantCulture, $"scheduled: {Timestamp(maintenance.Scheduled, timeZone)}\n")
            .Append(CultureInfo.InvariantCulture, $"until: {Timestamp(maintenance.Until, timeZone)}\n");
        Aliases(text, maintenance.Aliases);
        text.Append("components:\n");
        foreach (var id in maintenance.ComponentIds)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {id}\n");
        }

        var updates = maintenance.Updates.OrderByDescending(u => u.At).ThenByDescending(u => u.Status).Select(u => (u.At, u.Status.Name(), u.Markdown));
        return SummaryAndUpdates(text, maintenance.Summary, updates, timeZone);
    }

    /// <summary>What incident and maintenance files share after their own keys: the closing '---', the summary and the updates in the order given.</summary>
    private static string SummaryAndUpdates(StringBuilder text, string summary, IEnumerable<(DateTimeOffset At, string Status, string Markdown)> updates, TimeZoneInfo timeZone)
    {
        text.Append("---\n");
        if (summary.Trim().Length > 0)
        {
            text.Append('\n').Append(Body(summary)).Append('\n');
        }

        foreach (var (at, status, markdown) in updates)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {Timestamp(at, timeZone)} {status}\n")
                .Append(Body(markdown)).Append('\n');
        }

        return text.ToString();
    }

    private static void Aliases(StringBuilder text, IReadOnlyList<string> aliases)
    {
        if (aliases.Count == 0)
        {
            return;
        }

        text.Append("aliases:\n");
        foreach (var alias in aliases)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {YamlScalar.Of(alias)}\n");
        }
    }

    /// <summary>"2018-05-25T04:13:00+00:00": whole seconds, the offset of the site's time zone at that instant.</summary>
    public static string Timestamp(DateTimeOffset at, TimeZoneInfo timeZone)
    {
        var whole = new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), at.Offset);
        return TimeZoneInfo.ConvertTime(whole, timeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>Imported text with '#' and '##' headings demoted, since '##' starts an update in our format.</summary>
    private static string Body(string markdown)
    {
        var text = markdown.Trim().ReplaceLineEndings("\n");
        text = TopHeading().Replace(text, "### ");
        return text.Length == 0 ? "No details were given." : text;
    }

    [GeneratedRegex(@"^ {0,3}#{1,2}(?=\s)\s*", RegexOptions.Multiline)]
    private static partial Regex TopHeading();
}
