using System.Globalization;
using System.Text;
using StatusGen.Model;

namespace StatusGen.Benchmarks.Synthetic;

/// <summary>Writes a model back in the content format (docs/content-format.md), so the full build starts from files.</summary>
internal static class ContentFolderWriter
{
    public static void Write(SiteContent content, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(folder, "incidents"));
        Directory.CreateDirectory(Path.Combine(folder, "maintenance"));
        File.WriteAllText(Path.Combine(folder, "site.yml"), SiteYaml(content.Site));
        foreach (var incident in content.Incidents)
        {
            File.WriteAllText(Path.Combine(folder, "incidents", incident.Slug + ".md"), IncidentFile(incident));
        }

        foreach (var maintenance in content.Maintenances)
        {
            File.WriteAllText(Path.Combine(folder, "maintenance", maintenance.Slug + ".md"), MaintenanceFile(maintenance));
        }
    }

    private static string SiteYaml(SiteConfig site)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"title: {site.Title}")
            .AppendLine(CultureInfo.InvariantCulture, $"description: {site.Description}")
            .AppendLine(CultureInfo.InvariantCulture, $"baseUrl: {site.BaseUrl}")
            .AppendLine(CultureInfo.InvariantCulture, $"language: {site.Language}")
            .AppendLine(CultureInfo.InvariantCulture, $"timezone: {site.TimeZone.Id}")
            .AppendLine("components:");
        foreach (var component in site.Components)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - id: {component.Id}")
                .AppendLine(CultureInfo.InvariantCulture, $"    name: {component.Name}")
                .AppendLine(CultureInfo.InvariantCulture, $"    group: {component.Group}")
                .AppendLine(CultureInfo.InvariantCulture, $"    description: {component.Description}");
            if (component.Since is { } since)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    since: {since:yyyy-MM-dd}");
            }
        }

        return text.ToString();
    }

    private static string IncidentFile(Incident incident)
    {
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"title: {incident.Title}")
            .AppendLine(CultureInfo.InvariantCulture, $"started: {Timestamp(incident.Started, 0)}");
        if (incident.Resolved is { } resolved)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"resolved: {Timestamp(resolved, 1)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"impact: {incident.Impact.Name()}").AppendLine("components:");
        foreach (var affected in incident.Components)
        {
            if (affected.Changes.Count == 1)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {affected.ComponentId}: {affected.Changes[0].Status.Name()}");
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  {affected.ComponentId}:");
            for (var i = 0; i < affected.Changes.Count; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {Timestamp(affected.Changes[i].At, i)}: {affected.Changes[i].Status.Name()}");
            }
        }

        text.AppendLine("---").AppendLine();
        if (!incident.Summary.IsEmpty)
        {
            text.AppendLine(incident.Summary.Markdown).AppendLine();
        }

        for (var i = 0; i < incident.Updates.Count; i++)
        {
            var update = incident.Updates[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"## {Timestamp(update.At, i)} {update.Status.Name()}").AppendLine(update.Body.Markdown).AppendLine();
        }

        return text.ToString();
    }

    private static string MaintenanceFile(Maintenance maintenance)
    {
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"title: {maintenance.Title}")
            .AppendLine(CultureInfo.InvariantCulture, $"scheduled: {Timestamp(maintenance.Scheduled, 0)}")
            .AppendLine(CultureInfo.InvariantCulture, $"until: {Timestamp(maintenance.Until, 1)}")
            .AppendLine("components:");
        foreach (var id in maintenance.ComponentIds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {id}");
        }

        text.AppendLine("---").AppendLine().AppendLine(maintenance.Summary.Markdown).AppendLine();
        for (var i = 0; i < maintenance.Updates.Count; i++)
        {
            var update = maintenance.Updates[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"## {Timestamp(update.At, i)} {update.Status.Name()}").AppendLine(update.Body.Markdown).AppendLine();
        }

        return text.ToString();
    }

    /// <summary>Both accepted forms, alternating: local 'YYYY-MM-DD HH:MM', or ISO 8601 with offset where local time is ambiguous.</summary>
    private static string Timestamp(DateTimeOffset at, int index)
    {
        var local = TimeZoneInfo.ConvertTime(at, SyntheticSite.Zone);
        return index % 2 == 0 && !SyntheticSite.Zone.IsAmbiguousTime(local.DateTime)
            ? local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
