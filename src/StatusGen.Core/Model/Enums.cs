namespace StatusGen.Model;

/// <summary>A component's status at one instant; declared from best to worst so that comparison means severity.</summary>
public enum ComponentStatus
{
    Operational,
    UnderMaintenance,
    DegradedPerformance,
    PartialOutage,
    MajorOutage,
}

/// <summary>An incident's impact, from least to most severe.</summary>
public enum Impact
{
    None,
    Minor,
    Major,
    Critical,
}

public enum IncidentUpdateStatus
{
    Investigating,
    Identified,
    Monitoring,
    Update,
    Resolved,
    Postmortem,
}

public enum MaintenanceUpdateStatus
{
    Scheduled,
    InProgress,
    Verifying,
    Completed,
    Update,
}

/// <summary>Where a maintenance window stands relative to the build's time.</summary>
public enum MaintenanceState
{
    Upcoming,
    InProgress,
    Completed,
}
