namespace StatusGen.Model;

/// <summary>The one mapping from component status to impact, used for an incident's derived impact and the API's page indicator.</summary>
public static class Impacts
{
    /// <summary>degraded_performance -> minor, partial_outage -> major, major_outage -> critical; anything else none.</summary>
    public static Impact Of(ComponentStatus status) => status switch
    {
        ComponentStatus.MajorOutage => Impact.Critical,
        ComponentStatus.PartialOutage => Impact.Major,
        ComponentStatus.DegradedPerformance => Impact.Minor,
        _ => Impact.None,
    };
}
