using StatusGen.Model;

namespace StatusGen.Status;

/// <summary>Works out what is down, degraded or under maintenance at one instant.</summary>
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

        foreach (var affected in active.SelectMany(i => i.Components).Where(a => statuses.ContainsKey(a.ComponentId)))
        {
            statuses[affected.ComponentId] = Worst(statuses[affected.ComponentId], affected.StatusAt(now));
        }

        return new SiteStatus
        {
            Overall = statuses.Values.DefaultIfEmpty(ComponentStatus.Operational).Max(),
            Components = statuses,
            ActiveIncidents = active,
            InProgressMaintenance = inProgress,
            UpcomingMaintenance = upcoming,
        };
    }

    private static ComponentStatus Worst(ComponentStatus a, ComponentStatus b) => a > b ? a : b;
}
