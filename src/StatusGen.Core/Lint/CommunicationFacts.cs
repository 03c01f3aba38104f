using StatusGen.Model;

namespace StatusGen.Lint;

/// <summary>
/// How an incident was communicated, as facts a visitor can read on the incident page and the lint rules judge.
/// </summary>
/// <param name="TimeToFirstUpdate">From the start to the earliest update; null when there is no update yet.</param>
/// <param name="UpdateCount">Every update, the Resolved and Postmortem ones included.</param>
/// <param name="Duration">From the start to the resolution, or to <c>now</c> while ongoing; never negative.</param>
/// <param name="SinceLastUpdate">From the newest update (or the start, when there is none) to <c>now</c>; null once resolved.</param>
/// <param name="HasPostmortem">True when a Postmortem update exists.</param>
public sealed record CommunicationFacts(
    TimeSpan? TimeToFirstUpdate,
    int UpdateCount,
    TimeSpan Duration,
    TimeSpan? SinceLastUpdate,
    bool HasPostmortem)
{
    /// <param name="now">The build's time: an incident resolved after it counts as ongoing.</param>
    public static CommunicationFacts Of(Incident incident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var first = incident.Updates.Count == 0 ? (DateTimeOffset?)null : incident.Updates.Min(u => u.At);
        var latest = incident.Updates.Count == 0 ? incident.Started : incident.Updates.Max(u => u.At);
        return new CommunicationFacts(
            TimeToFirstUpdate: first is { } f ? NonNegative(f - incident.Started) : null,
            UpdateCount: incident.Updates.Count,
            Duration: NonNegative(incident.EndOr(now) - incident.Started),
            SinceLastUpdate: incident.IsResolvedAt(now) ? null : NonNegative(now - latest),
            HasPostmortem: incident.Postmortem is not null);
    }

    private static TimeSpan NonNegative(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
