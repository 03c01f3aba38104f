using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Import.Statuspage;

/// <summary>One Statuspage incident to one of ours: updates, per-component timelines from the updates' component changes.</summary>
internal static class StatuspageIncidentConverter
{
    public static ImportedIncident? Convert(
        StatuspageIncident source, StatuspageComponents components, TimeZoneInfo timeZone, ISet<string> slugs, DateTimeOffset now, SourcePosition at, DiagnosticList diagnostics)
    {
        var title = string.IsNullOrWhiteSpace(source.Name) ? $"Incident {source.Id}" : source.Name.Trim();
        var updates = (source.IncidentUpdates ?? []).Where(u => u.At is not null).ToList();
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
            .Select(u => new ImportedUpdate(u.At!.Value, Status(u.Status), u.Body ?? ""))
            .ToList();
        if (!string.IsNullOrWhiteSpace(source.PostmortemBody))
        {
            imported.Add(new ImportedUpdate(source.PostmortemPublishedAt ?? source.UpdatedAt ?? imported.Select(u => u.At).Append(start).Max(), IncidentUpdateStatus.Postmortem, source.PostmortemBody));
        }

        var local = TimeZoneInfo.ConvertTime(start, timeZone);
        var incident = new ImportedIncident
        {
            Slug = Slugs.Unique($"{local:yyyy-MM-dd}-{Slugs.Of(title)}", slugs),
            Title = title,
            Started = start,
            Impact = impact,
            Components = [],
            Updates = imported,
        };

        var resolved = source.Status?.ToLowerInvariant() is "resolved" or "postmortem" or "completed"
            ? source.ResolvedAt ?? updates.Where(u => Status(u.Status) == IncidentUpdateStatus.Resolved).Select(u => u.At).Max() ?? source.UpdatedAt ?? updates.Select(u => u.At).Max() ?? start
            : (DateTimeOffset?)null;
        if (resolved is { } r)
        {
            var lastNonPostmortem = imported.Where(u => u.Status != IncidentUpdateStatus.Postmortem).Select(u => u.At).Append(start).Max();
            r = r < lastNonPostmortem ? lastNonPostmortem : r;
            if (!imported.Any(u => u.Status == IncidentUpdateStatus.Resolved))
            {
                imported.Add(new ImportedUpdate(r, IncidentUpdateStatus.Resolved, "Marked resolved in Statuspage, which kept no message about the resolution."));
            }

            incident = incident with { Resolved = r, Updates = imported };
        }
        else
        {
            incident = UnresolvedPolicy.Apply(incident, null, now, StatuspageImporter.Origin, at, diagnostics);
        }

        return incident with { Components = Timelines(source, updates, incident, components, impact, at, diagnostics) };
    }

    /// <summary>
    /// Each component's changes from the updates' old_status/new_status, clamped into the incident; a component
    /// listed without changes holds the status the incident's impact implies for the whole incident.
    /// </summary>
    private static List<AffectedComponent> Timelines(
        StatuspageIncident source, List<StatuspageUpdate> updates, ImportedIncident incident, StatuspageComponents components, Impact? impact, SourcePosition at, DiagnosticList diagnostics)
    {
        var transitions = updates
            .OrderBy(u => u.At)
            .SelectMany(u => (u.AffectedComponents ?? []).Where(a => a.Code is not null).Select(a => (At: u.At!.Value, Affected: a)))
            .ToList();
        var named = (source.Components ?? []).Select(c => (c.Id, c.Name))
            .Concat(transitions.Select(t => (Id: t.Affected.Code!, t.Affected.Name)))
            .DistinctBy(c => c.Id)
            .ToList();
        var whole = impact switch
        {
            Impact.Critical => ComponentStatus.MajorOutage,
            Impact.Major => ComponentStatus.PartialOutage,
            _ => ComponentStatus.DegradedPerformance,
        };

        if (named.Count == 0)
        {
            named.Add((StatuspageComponents.GeneralId, null));
            diagnostics.Warning(DiagnosticCodes.ImportMissingField, at, $"incident {source.Id} ('{incident.Title}') names no component; it is assigned to 'general'",
                "name the components it affected in the imported file");
        }

        var result = new List<AffectedComponent>();
        foreach (var (id, name) in named)
        {
            var changes = new List<StatusChange>();
            foreach (var (time, affected) in transitions.Where(t => t.Affected.Code == id))
            {
                if (changes.Count == 0 && ComponentStatusOf(affected.OldStatus) is { } before and not ComponentStatus.Operational)
                {
                    changes.Add(new StatusChange(incident.Started, before));
                }

                if (ComponentStatusOf(affected.NewStatus) is not { } status || (incident.Resolved is { } end && time >= end))
                {
                    continue;
                }

                var when = time < incident.Started ? incident.Started : time;
                if (changes.Count > 0 && changes[^1].At == when)
                {
                    changes.RemoveAt(changes.Count - 1);
                }

                if ((changes.Count == 0 && status == ComponentStatus.Operational) || (changes.Count > 0 && changes[^1].Status == status))
                {
                    continue;
                }

                changes.Add(new StatusChange(when, status));
            }

            result.Add(new AffectedComponent
            {
                ComponentId = components.IdOf(id, name, at, diagnostics),
                Changes = changes.Count > 0 ? changes : [new StatusChange(incident.Started, whole)],
            });
        }

        return result;
    }

    private static ComponentStatus? ComponentStatusOf(string? status) => status?.ToLowerInvariant() switch
    {
        "operational" => ComponentStatus.Operational,
        "degraded_performance" => ComponentStatus.DegradedPerformance,
        "partial_outage" => ComponentStatus.PartialOutage,
        "major_outage" => ComponentStatus.MajorOutage,
        _ => null, // under_maintenance has no place in an incident's timeline
    };

    private static IncidentUpdateStatus Status(string? status) => status?.ToLowerInvariant() switch
    {
        "investigating" => IncidentUpdateStatus.Investigating,
        "identified" => IncidentUpdateStatus.Identified,
        "monitoring" => IncidentUpdateStatus.Monitoring,
        "resolved" or "completed" => IncidentUpdateStatus.Resolved,
        "postmortem" => IncidentUpdateStatus.Postmortem,
        _ => IncidentUpdateStatus.Update,
    };
}
