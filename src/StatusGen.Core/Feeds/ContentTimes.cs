using StatusGen.Model;

namespace StatusGen.Feeds;

/// <summary>
/// When incidents and maintenance were posted and last changed, read from the content alone (never the clock),
/// so a rebuild without content changes yields the same feeds, calendar and API timestamps.
/// </summary>
public static class ContentTimes
{
    /// <summary>The latest of the start, every update and the resolution: moves exactly when an update is added.</summary>
    public static DateTimeOffset LastChanged(Incident incident)
    {
        var latest = incident.Started;
        foreach (var update in incident.Updates)
        {
            latest = Later(latest, update.At);
        }

        return incident.Resolved is { } resolved ? Later(latest, resolved) : latest;
    }

    /// <summary>When the incident was first posted: its oldest update, or its start when it has none.</summary>
    public static DateTimeOffset FirstPosted(Incident incident) =>
        incident.Updates.Count > 0 ? incident.Updates.Min(u => u.At) : incident.Started;

    /// <summary>The newest update, or the scheduled start when the announcement has no updates.</summary>
    public static DateTimeOffset LastChanged(Maintenance maintenance) =>
        maintenance.Updates.Count > 0 ? maintenance.Updates.Max(u => u.At) : maintenance.Scheduled;

    /// <summary>The oldest update (usually "Scheduled"), or the scheduled start when there is none.</summary>
    public static DateTimeOffset FirstPosted(Maintenance maintenance) =>
        maintenance.Updates.Count > 0 ? maintenance.Updates.Min(u => u.At) : maintenance.Scheduled;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
