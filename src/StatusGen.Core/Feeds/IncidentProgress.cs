using StatusGen.Model;

namespace StatusGen.Feeds;

/// <summary>
/// The phase an incident or maintenance is in. "Update" headings carry no phase of their own: they continue
/// the phase of the update before them.
/// </summary>
public static class IncidentProgress
{
    /// <summary>Resolved (or Postmortem once one is posted) when resolved at <paramref name="now"/>, else the latest phase, Investigating by default.</summary>
    public static IncidentUpdateStatus CurrentStatus(Incident incident, DateTimeOffset now)
    {
        if (incident.IsResolvedAt(now))
        {
            return incident.Postmortem is null ? IncidentUpdateStatus.Resolved : IncidentUpdateStatus.Postmortem;
        }

        var latest = incident.Updates.FirstOrDefault(u => u.Status is not (IncidentUpdateStatus.Update or IncidentUpdateStatus.Resolved or IncidentUpdateStatus.Postmortem));
        return latest?.Status ?? IncidentUpdateStatus.Investigating;
    }

    /// <summary>The phase an update belongs to: its own status, or for "Update" that of the nearest older update with one.</summary>
    public static IncidentUpdateStatus PhaseOf(Incident incident, int updateIndex)
    {
        for (var i = updateIndex; i < incident.Updates.Count; i++)
        {
            if (incident.Updates[i].Status != IncidentUpdateStatus.Update)
            {
                return incident.Updates[i].Status;
            }
        }

        return IncidentUpdateStatus.Investigating;
    }

    /// <summary>The phase of a maintenance update ("Update" continues the phase before it; Scheduled by default).</summary>
    public static MaintenanceUpdateStatus PhaseOf(Maintenance maintenance, int updateIndex)
    {
        for (var i = updateIndex; i < maintenance.Updates.Count; i++)
        {
            if (maintenance.Updates[i].Status != MaintenanceUpdateStatus.Update)
            {
                return maintenance.Updates[i].Status;
            }
        }

        return MaintenanceUpdateStatus.Scheduled;
    }

    /// <summary>Scheduled before the window, Completed after it; inside it In progress, or Verifying once a Verifying update is the latest phase.</summary>
    public static MaintenanceUpdateStatus CurrentStatus(Maintenance maintenance, DateTimeOffset now) =>
        maintenance.StateAt(now) switch
        {
            MaintenanceState.Upcoming => MaintenanceUpdateStatus.Scheduled,
            MaintenanceState.Completed => MaintenanceUpdateStatus.Completed,
            _ => maintenance.Updates.Count > 0 && PhaseOf(maintenance, 0) == MaintenanceUpdateStatus.Verifying
                ? MaintenanceUpdateStatus.Verifying
                : MaintenanceUpdateStatus.InProgress,
        };
}
