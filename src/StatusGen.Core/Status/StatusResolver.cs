using StatusGen.Model;

namespace StatusGen.Status;

/// <summary>
/// The one place that decides "the current state": of each component, of each incident and of the whole site.
/// The banner, incident cards, component rows, widget, badges, favicon and api/v2/status.json all read what
/// <see cref="Resolve"/> returns, so no two outputs can disagree about what is going on.
/// </summary>
public static class StatusResolver
{
    public static SiteStatus Resolve(SiteContent content, DateTimeOffset now)
    {
        var active = content.Incidents
            .Where(i => i.Started <= now && !i.IsResolvedAt(now))
            .OrderByDescending(i => i.Started)
            .ToList();
        var inProgress = content.Maintenances
            .Where(m => m.StateAt(now) == MaintenanceState.InProgress)
            .OrderBy(m => m.Until)
            .ToList();
        var upcoming = content.Maintenances
            .Where(m => m.StateAt(now) == MaintenanceState.Upcoming)
            .OrderBy(m => m.Scheduled)
            .ToList();

        var statuses = content.Site.Components.ToDictionary(c => c.Id, _ => ComponentStatus.Operational);
        foreach (var maintenance in inProgress)
        {
            foreach (var id in maintenance.ComponentIds.Where(statuses.ContainsKey))
            {
                statuses[id] = Worst(statuses[id], ComponentStatus.UnderMaintenance);
            }
        }

        foreach (var incident in active)
        {
            foreach (var affected in incident.Components.Where(a => statuses.ContainsKey(a.ComponentId)))
            {
                statuses[affected.ComponentId] = Worst(statuses[affected.ComponentId], OfAffected(incident, affected, now));
            }
        }

        var incidents = active.ToDictionary(i => i.Slug, i => OfIncident(i, now), StringComparer.Ordinal);

        // The site is as bad as the worst thing a visitor sees under the banner: a component row or an incident card.
        var overall = statuses.Values.Concat(incidents.Values).DefaultIfEmpty(ComponentStatus.Operational).Max();
        return new SiteStatus
        {
            Overall = overall,
            Indicator = Indicator(overall),
            Components = statuses,
            Incidents = incidents,
            ActiveIncidents = active,
            InProgressMaintenance = inProgress,
            UpcomingMaintenance = upcoming,
        };
    }

    /// <summary>
    /// An affected component's status within one incident, following the incident's own timeline: the change in
    /// force at <paramref name="now"/>, and operational once the incident is resolved.
    /// </summary>
    public static ComponentStatus OfAffected(Incident incident, AffectedComponent affected, DateTimeOffset now) =>
        incident.IsResolvedAt(now) ? ComponentStatus.Operational : affected.StatusAt(now);

    /// <summary>
    /// An incident's state: the worst of its components now, and never milder than its impact says while it is
    /// unresolved, so an incident that names no component still shows (and counts) as what it is.
    /// </summary>
    public static ComponentStatus OfIncident(Incident incident, DateTimeOffset now) =>
        incident.IsResolvedAt(now)
            ? ComponentStatus.Operational
            : incident.Components.Select(c => OfAffected(incident, c, now)).Append(FromImpact(incident.Impact)).Max();

    /// <summary>minor -> degraded performance, major -> partial outage, critical -> major outage.</summary>
    public static ComponentStatus FromImpact(Impact impact) => impact switch
    {
        Impact.Critical => ComponentStatus.MajorOutage,
        Impact.Major => ComponentStatus.PartialOutage,
        Impact.Minor => ComponentStatus.DegradedPerformance,
        _ => ComponentStatus.Operational,
    };

    /// <summary>The Statuspage indicator for a state: the inverse of <see cref="FromImpact"/>; maintenance is "none".</summary>
    public static Impact Indicator(ComponentStatus state) => Impacts.Of(state);

    private static ComponentStatus Worst(ComponentStatus a, ComponentStatus b) => a > b ? a : b;
}
