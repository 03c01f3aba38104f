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
            .AppendLine($"title: {site.Title}")
            .AppendLine($"description: {site.Description}")
            .AppendLine($"baseUrl: {site.BaseUrl}")
            .AppendLine($"language: {site.Language}")
            .AppendLine($"timezone: {site.TimeZone.Id}")
            .AppendLine("components:");
        foreach (var component in site.Components)
        {
            text.AppendLine($"  - id: {component.Id}")
                .AppendLine($"    name: {component.Name}")
                .AppendLine($"    group: {component.Group}")
                .AppendLine($"    description: {component.Description}");
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
            .AppendLine($"title: {incident.Title}")
            .AppendLine($"started: {Timestamp(incident.Started, 0)}");
        if (incident.Resolved is { } resolved)
        {
            text.AppendLine($"resolved: {Timestamp(resolved, 1)}");
        }

        text.AppendLine($"impact: {incident.Impact.Name()}").AppendLine("components:");
        foreach (var affected in incident.Components)
        {
            if (affected.Changes.Count == 1)
            {
                text.AppendLine($"  {affected.ComponentId}: {affected.Changes[0].Status.Name()}");
                continue;
            }

            text.AppendLine($"  {affected.ComponentId}:");
            for (var i = 0; i < affected.Changes.Count; i++)
            {
                text.AppendLine($"    {Timestamp(affected.Changes[i].At, i)}: {affected.Changes[i].Status.Name()}");
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
            text.AppendLine($"## {Timestamp(update.At, i)} {update.Status.Name()}").AppendLine(update.Body.Markdown).AppendLine();
        }

        return text.ToString();
    }

    private static string MaintenanceFile(Maintenance maintenance)
    {
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine($"title: {maintenance.Title}")
            .AppendLine($"scheduled: {Timestamp(maintenance.Scheduled, 0)}")
            .AppendLine($"until: {Timestamp(maintenance.Until, 1)}")
            .AppendLine("components:");
        foreach (var id in maintenance.ComponentIds)
        {
            text.AppendLine($"  - {id}");
        }

        text.AppendLine("---").AppendLine().AppendLine(maintenance.Summary.Markdown).AppendLine();
        for (var i = 0; i < maintenance.Updates.Count; i++)
        {
            var update = maintenance.Updates[i];
            text.AppendLine($"## {Timestamp(update.At, i)} {update.Status.Name()}").AppendLine(update.Body.Markdown).AppendLine();
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
