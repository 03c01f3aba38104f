namespace StatusGen.Model;

/// <summary>
/// The spellings used in content files (front matter values and update headings) for every closed set.
/// One table per enum, so that parsing, suggestions and the `new` scaffold agree.
/// </summary>
public static class EnumNames
{
    public static readonly IReadOnlyDictionary<string, ComponentStatus> ComponentStatuses =
        new Dictionary<string, ComponentStatus>(StringComparer.Ordinal)
        {
            ["operational"] = ComponentStatus.Operational,
            ["under_maintenance"] = ComponentStatus.UnderMaintenance,
            ["degraded_performance"] = ComponentStatus.DegradedPerformance,
            ["partial_outage"] = ComponentStatus.PartialOutage,
            ["major_outage"] = ComponentStatus.MajorOutage,
        };

    public static readonly IReadOnlyDictionary<string, Impact> Impacts =
        new Dictionary<string, Impact>(StringComparer.Ordinal)
        {
            ["none"] = Impact.None,
            ["minor"] = Impact.Minor,
            ["major"] = Impact.Major,
            ["critical"] = Impact.Critical,
        };

    public static readonly IReadOnlyDictionary<string, IncidentUpdateStatus> IncidentUpdateStatuses =
        new Dictionary<string, IncidentUpdateStatus>(StringComparer.OrdinalIgnoreCase)
        {
            ["Investigating"] = IncidentUpdateStatus.Investigating,
            ["Identified"] = IncidentUpdateStatus.Identified,
            ["Monitoring"] = IncidentUpdateStatus.Monitoring,
            ["Update"] = IncidentUpdateStatus.Update,
            ["Resolved"] = IncidentUpdateStatus.Resolved,
            ["Postmortem"] = IncidentUpdateStatus.Postmortem,
        };

    public static readonly IReadOnlyDictionary<string, MaintenanceUpdateStatus> MaintenanceUpdateStatuses =
        new Dictionary<string, MaintenanceUpdateStatus>(StringComparer.OrdinalIgnoreCase)
        {
            ["Scheduled"] = MaintenanceUpdateStatus.Scheduled,
            ["In progress"] = MaintenanceUpdateStatus.InProgress,
            ["Verifying"] = MaintenanceUpdateStatus.Verifying,
            ["Completed"] = MaintenanceUpdateStatus.Completed,
            ["Update"] = MaintenanceUpdateStatus.Update,
        };

    public static string Name(this ComponentStatus status) => ComponentStatuses.First(p => p.Value == status).Key;

    public static string Name(this Impact impact) => Impacts.First(p => p.Value == impact).Key;

    public static string Name(this IncidentUpdateStatus status) => IncidentUpdateStatuses.First(p => p.Value == status).Key;

    public static string Name(this MaintenanceUpdateStatus status) => MaintenanceUpdateStatuses.First(p => p.Value == status).Key;
}
