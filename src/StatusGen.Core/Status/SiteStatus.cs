using StatusGen.Model;

namespace StatusGen.Status;

/// <summary>The state of the site at the build's time, as <see cref="StatusResolver"/> decides it.</summary>
public sealed record SiteStatus
{
    /// <summary>The site's state: the worst of every component's and every active incident's state.</summary>
    public required ComponentStatus Overall { get; init; }

    /// <summary><see cref="Overall"/> on Statuspage's impact scale (api/v2/status.json's indicator).</summary>
    public required Impact Indicator { get; init; }

    /// <summary>Current status per component id, for every configured component.</summary>
    public required IReadOnlyDictionary<string, ComponentStatus> Components { get; init; }

    /// <summary>Current state per active incident slug.</summary>
    public required IReadOnlyDictionary<string, ComponentStatus> Incidents { get; init; }

    /// <summary>Incidents not resolved at the build's time, newest first.</summary>
    public required IReadOnlyList<Incident> ActiveIncidents { get; init; }

    /// <summary>Maintenance windows in progress, soonest ending first.</summary>
    public required IReadOnlyList<Maintenance> InProgressMaintenance { get; init; }

    /// <summary>Maintenance windows not yet started, soonest first.</summary>
    public required IReadOnlyList<Maintenance> UpcomingMaintenance { get; init; }

    public ComponentStatus Of(string componentId) =>
        Components.TryGetValue(componentId, out var s) ? s : ComponentStatus.Operational;

    /// <summary>An incident's state now; operational for one that is resolved (or not yet started).</summary>
    public ComponentStatus Of(Incident incident) =>
        Incidents.TryGetValue(incident.Slug, out var s) ? s : ComponentStatus.Operational;
}
