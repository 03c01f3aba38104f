using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Import.Statuspage;

/// <summary>One Statuspage incident to one of ours: updates, per-component timelines from the updates' component changes.</summary>
internal static class StatuspageIncidentConverter
{
    public static ImportedIncident Convert(
        StatuspageFile.Entry<StatuspageIncident> entry, StatuspageComponents components, TimeZoneInfo timeZone, ISet<string> slugs, DateTimeOffset now, DiagnosticList diagnostics)
    {
        var (source, at) = (entry.Value, entry.At);
        var title = string.IsNullOrWhiteSpace(source.Name) ? $"Incident {source.Id}" : source.Name.Trim();
        var updates = Updates(entry, diagnostics);
        var started = source.StartedAt ?? source.CreatedAt ?? updates.Select(u => u.At).Min();
        if (started is null)
        {
            diagnostics.Warning(DiagnosticCodes.ImportMissingField, at, $"incident {source.Id} ('{title}') has no started_at, created_at or update time; imported at the import's time",
                "correct 'started' in the imported file");
            started = now;
        }

        var start = updates.Select(u => u.At!.Value).Append(started.Value).Min();
        var impact = source.Impact?.ToLowerInvariant() switch
        {
            "none" or "maintenance" => Impact.None,
            "minor" => Impact.Minor,
            "major" => Impact.Major,
            "critical" => Impact.Critical,
            _ => (Impact?)null,
        };
        var imported = updates
            .Select(u => new ImportedUpdate(u.At!.Value, Status(u.Status), HtmlToMarkdown.Convert(u.Body ?? "")))
            .ToList();
        if (!string.IsNullOrWhiteSpace(source.PostmortemBody))
        {
            imported.Add(new ImportedUpdate(source.PostmortemPublishedAt ?? source.UpdatedAt ?? imported.Select(u => u.At).Append(start).Max(), IncidentUpdateStatus.Postmortem, HtmlToMarkdown.Convert(source.PostmortemBody)));
        }

        var local = TimeZoneInfo.ConvertTime(start, timeZone);
        var alias = AliasField.Normalize($"/incidents/{source.Id}");
        var incident = new ImportedIncident
        {
            Slug = Slug.Unique(FormattableString.Invariant($"{local:yyyy-MM-dd}-{Slug.From(title, "incident")}"), slugs),
            Title = title,
            Started = start,
            Impact = impact,
            Components = [],
            Updates = imported,
            Aliases = alias is null || alias == FormattableString.Invariant($"/incidents/{local:yyyy-MM-dd}-{Slug.From(title, "incident")}/") ? [] : [alias],
        };

        var resolved = source.Status?.ToLowerInvariant() is "resolved" or "postmortem" or "completed"
            ? source.ResolvedAt ?? updates.Where(u => Status(u.Status) == IncidentUpdateStatus.Resolved).Select(u => u.At).Max() ?? source.UpdatedAt ?? updates.Select(u => u.At).Max() ?? start
            : (DateTimeOffset?)null;
        if (resolved is { } r)
        {
            // The resolution time is recorded; no public update is invented when Statuspage kept no message about it.
            var lastNonPostmortem = imported.Where(u => u.Status != IncidentUpdateStatus.Postmortem).Select(u => u.At).Append(start).Max();
            incident = incident with { Resolved = r < lastNonPostmortem ? lastNonPostmortem : r };
        }
        else
        {
            incident = UnresolvedPolicy.Apply(incident, null, now, StatuspageImporter.Origin, at, diagnostics);
        }

        return incident with { Components = StatuspageTimelines.Of(entry, updates, incident, components, impact, diagnostics) };
    }

    /// <summary>The updates with a time, oldest first; null entries and updates without a time are reported and skipped.</summary>
    internal static List<StatuspageUpdate> Updates(StatuspageFile.Entry<StatuspageIncident> entry, DiagnosticList diagnostics)
    {
        var updates = new List<StatuspageUpdate>();
        var list = entry.Value.IncidentUpdates ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var at = entry.Inside($"incident_updates[{i}]");
            if (list[i] is not { } update)
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, at, $"incident {entry.Value.Id}: update {i} is null; it is skipped", "check the export");
            }
            else if (update.At is null)
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, at, $"incident {entry.Value.Id}: update {i} has no display_at or created_at; it is skipped", "add it by hand with 'statusgen update' if it matters");
            }
            else
            {
                updates.Add(update);
                var affected = update.AffectedComponents ?? [];
                for (var j = 0; j < affected.Count; j++)
                {
                    if (affected[j] is not { Code: { Length: > 0 } })
                    {
                        diagnostics.Warning(DiagnosticCodes.ImportMissingField, entry.Inside($"incident_updates[{i}].affected_components[{j}]"),
                            $"incident {entry.Value.Id}: affected component {j} of update {i} is null or has no 'code'; it is skipped", "check the export");
                    }
                }
            }
        }

        var components = entry.Value.Components ?? [];
        for (var j = 0; j < components.Count; j++)
        {
            if (components[j] is not { Id: { Length: > 0 } })
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, entry.Inside($"components[{j}]"),
                    $"incident {entry.Value.Id}: component {j} is null or has no 'id'; it is skipped", "check the export");
            }
        }

        return [.. updates.OrderBy(u => u.At)];
    }

    internal static IncidentUpdateStatus Status(string? status) => status?.ToLowerInvariant() switch
    {
        "investigating" => IncidentUpdateStatus.Investigating,
        "identified" => IncidentUpdateStatus.Identified,
        "monitoring" => IncidentUpdateStatus.Monitoring,
        "resolved" or "completed" => IncidentUpdateStatus.Resolved,
        "postmortem" => IncidentUpdateStatus.Postmortem,
        _ => IncidentUpdateStatus.Update,
    };
}
