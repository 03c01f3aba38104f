using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// A span [Start, End) in UTC ticks during which one source put a component in a non-operational status.
/// Segments of different sources may overlap; the sweep lets the worst status win.
/// </summary>
/// <param name="Source">Index into <see cref="SiteContent.Incidents"/> when zero or more; ~index into <see cref="SiteContent.Maintenances"/> when negative.</param>
internal readonly record struct StatusSegment(long Start, long End, ComponentStatus Status, int Source)
{
    public bool IsMaintenance => Source < 0;

    public static int MaintenanceSource(int maintenanceIndex) => ~maintenanceIndex;
}
