using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Import.Statuspage;

/// <summary>
/// Each component's changes from the updates' old_status/new_status, clamped into the incident. A component listed
/// without any change holds the status the incident's impact implies; one whose every change says 'operational' was
/// not affected and is left out (Statuspage lists such components, but nothing was down).
/// </summary>
internal static class StatuspageTimelines
{
    public static List<AffectedComponent> Of(
        StatuspageFile.Entry<StatuspageIncident> entry, List<StatuspageUpdate> updates, ImportedIncident incident, StatuspageComponents components, Impact? impact, DiagnosticList diagnostics)
    {
        var (source, at) = (entry.Value, entry.At);
        var transitions = updates
            .SelectMany(u => (u.AffectedComponents ?? []).OfType<StatuspageAffected>().Where(a => !string.IsNullOrEmpty(a.Code)).Select(a => (At: u.At!.Value, Affected: a)))
            .ToList();
        var named = (source.Components ?? []).OfType<StatuspageComponent>().Where(c => !string.IsNullOrEmpty(c.Id)).Select(c => (Id: c.Id!, c.Name))
            .Concat(transitions.Select(t => (Id: t.Affected.Code!, t.Affected.Name)))
            .DistinctBy(c => c.Id)
            .ToList();
        var whole = impact switch
        {
            Impact.Critical => ComponentStatus.MajorOutage,
            Impact.Major => ComponentStatus.PartialOutage,
            _ => ComponentStatus.DegradedPerformance,
        };

        var result = new List<AffectedComponent>();
        var unaffected = new List<string>();
        foreach (var (id, name) in named)
        {
            var own = transitions.Where(t => t.Affected.Code == id).ToList();
            if (own.Count > 0 && own.All(t => IsOperational(t.Affected.OldStatus) && IsOperational(t.Affected.NewStatus)))
            {
                unaffected.Add(name ?? id);
                continue;
            }

            var changes = Changes(own, incident);
            result.Add(new AffectedComponent
            {
                ComponentId = components.IdOf(id, name, at, diagnostics),
                Changes = changes.Count > 0 ? changes : [new StatusChange(incident.Started, whole)],
            });
        }

        if (result.Count == 0)
        {
            result.Add(new AffectedComponent { ComponentId = components.General(), Changes = [new StatusChange(incident.Started, whole)] });
            diagnostics.Warning(DiagnosticCodes.ImportMissingField, at,
                $"incident {source.Id} ('{incident.Title}') names no component that was affected{(unaffected.Count > 0 ? $" ({string.Join(", ", unaffected)} stayed operational)" : "")}; it is assigned to 'general'",
                "name the components it affected in the imported file");
        }

        return result;
    }

    private static List<StatusChange> Changes(List<(DateTimeOffset At, StatuspageAffected Affected)> transitions, ImportedIncident incident)
    {
        var changes = new List<StatusChange>();
        foreach (var (time, affected) in transitions)
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

        return changes;
    }

    private static bool IsOperational(string? status) => ComponentStatusOf(status) is null or ComponentStatus.Operational;

    private static ComponentStatus? ComponentStatusOf(string? status) => status?.ToLowerInvariant() switch
    {
        "operational" => ComponentStatus.Operational,
        "degraded_performance" => ComponentStatus.DegradedPerformance,
        "partial_outage" => ComponentStatus.PartialOutage,
        "major_outage" => ComponentStatus.MajorOutage,
        _ => null, // under_maintenance has no place in an incident's timeline
    };
}
