using StatusGen.Model;

namespace StatusGen.Tests.Uptime;

/// <summary>
/// The rules of docs/uptime.md applied the slow, obvious way: minute by minute, asking the model which status holds.
/// Exact for minute-aligned content; an independent oracle for the sweep.
/// </summary>
internal static class MinuteReference
{
    public readonly record struct DayMinutes(double Tracked, double Major, double Partial, double Degraded, double Maintenance, ComponentStatus Worst);

    /// <summary>Minutes per local day over the 12 days before <paramref name="now"/> (the property tests show 10).</summary>
    public static Dictionary<DateOnly, DayMinutes> Days(SiteContent content, string componentId, DateTimeOffset now)
    {
        var zone = content.Site.TimeZone;
        var since = content.Site.FindComponent(componentId)!.Since;
        var affected = content.Incidents
            .SelectMany(i => i.Components.Where(c => c.ComponentId == componentId).Select(c => (Incident: i, Affected: c)))
            .ToList();
        var maintenance = content.Maintenances.Where(m => m.ComponentIds.Contains(componentId)).ToList();
        var days = new Dictionary<DateOnly, DayMinutes>();
        for (var minute = now.AddDays(-12); minute < now; minute = minute.AddMinutes(1))
        {
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(minute, zone).DateTime);
            if (since is { } s && date < s)
            {
                continue;
            }

            var worst = ComponentStatus.Operational;
            foreach (var (incident, component) in affected)
            {
                if (incident.Started <= minute && minute < incident.EndOr(now) && component.StatusAt(minute) > worst)
                {
                    worst = component.StatusAt(minute);
                }
            }

            var underMaintenance = maintenance.Any(m => m.Scheduled <= minute && minute < m.Until);
            var shown = underMaintenance && worst == ComponentStatus.Operational ? ComponentStatus.UnderMaintenance : worst;

            // Counted maintenance is full downtime: only a major outage outranks it (docs/uptime.md, "Overlaps").
            if (underMaintenance && (worst == ComponentStatus.Operational || (content.Site.Uptime.CountMaintenance && worst != ComponentStatus.MajorOutage)))
            {
                worst = ComponentStatus.UnderMaintenance;
            }

            var d = days.GetValueOrDefault(date);
            days[date] = d with
            {
                Tracked = d.Tracked + 1,
                Major = d.Major + (worst == ComponentStatus.MajorOutage ? 1 : 0),
                Partial = d.Partial + (worst == ComponentStatus.PartialOutage ? 1 : 0),
                Degraded = d.Degraded + (worst == ComponentStatus.DegradedPerformance ? 1 : 0),
                Maintenance = d.Maintenance + (worst == ComponentStatus.UnderMaintenance ? 1 : 0),
                Worst = shown > d.Worst ? shown : d.Worst,
            };
        }

        return days;
    }
}
