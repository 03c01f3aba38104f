using StatusGen.Model;

namespace StatusGen.Status;

/// <summary>The state of the site at the build's time.</summary>
public sealed record SiteStatus
{
    /// <summary>The worst current status over all components.</summary>
    public required ComponentStatus Overall { get; init; }

    /// <summary>Current status per component id, for every configured component.</summary>
    public required IReadOnlyDictionary<string, ComponentStatus> Components { get; init; }

    /// <summary>Incidents not resolved at the build's time, newest first.</summary>
    public required IReadOnlyList<Incident> ActiveIncidents { get; init; }

    /// <summary>Maintenance windows in progress, soonest ending first.</summary>
    public required IReadOnlyList<Maintenance> InProgressMaintenance { get; init; }

    /// <summary>Maintenance windows not yet started, soonest first.</summary>
    public required IReadOnlyList<Maintenance> UpcomingMaintenance { get; init; }

    public ComponentStatus Of(string componentId) =>
        Components.TryGetValue(componentId, out var s) ? s : ComponentStatus.Operational;
}
