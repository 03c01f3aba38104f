using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// Incidents and maintenance windows indexed by component once, so that each component's status over time is
/// collected from only the sources that name it.
/// </summary>
internal sealed class ComponentTimelines
{
    private readonly SiteContent content;
    private readonly DateTimeOffset now;
    private readonly Dictionary<string, int> componentIndex;
    private readonly List<(int Incident, AffectedComponent Affected)>[] incidents;
    private readonly List<int>[] maintenances;

    public ComponentTimelines(SiteContent content, DateTimeOffset now)
    {
        this.content = content;
        this.now = now;
        var components = content.Site.Components;
        componentIndex = new Dictionary<string, int>(components.Count, StringComparer.Ordinal);
        incidents = new List<(int, AffectedComponent)>[components.Count];
        maintenances = new List<int>[components.Count];
        for (var i = 0; i < components.Count; i++)
        {
            componentIndex[components[i].Id] = i;
            incidents[i] = [];
            maintenances[i] = [];
        }

        for (var i = 0; i < content.Incidents.Count; i++)
        {
            foreach (var affected in content.Incidents[i].Components)
            {
                // Unknown ids are the validator's business (SG0201); they cannot affect a configured component.
                if (componentIndex.TryGetValue(affected.ComponentId, out var c))
                {
                    incidents[c].Add((i, affected));
                }
            }
        }

        for (var i = 0; i < content.Maintenances.Count; i++)
        {
            foreach (var id in content.Maintenances[i].ComponentIds)
            {
                if (componentIndex.TryGetValue(id, out var c) && (maintenances[c].Count == 0 || maintenances[c][^1] != i))
                {
                    maintenances[c].Add(i);
                }
            }
        }
    }

    public int IndexOf(string componentId) => componentIndex.TryGetValue(componentId, out var i) ? i : -1;

    /// <summary>
    /// Appends the component's non-operational segments clipped to [<paramref name="from"/>, <paramref name="to"/>)
    /// (UTC ticks; <paramref name="to"/> is at most the build's time). Each incident's segments come together and in
    /// time order: a status change holds until the next change or the incident's end (the build's time while ongoing).
    /// </summary>
    public void Collect(int component, long from, long to, List<StatusSegment> into)
    {
        foreach (var (index, affected) in incidents[component])
        {
            var incident = content.Incidents[index];
            var start = Math.Max(incident.Started.UtcTicks, from);
            var end = Math.Min(incident.EndOr(now).UtcTicks, to);
            if (end <= start)
            {
                continue;
            }

            var changes = affected.Changes;
            for (var k = 0; k < changes.Count; k++)
            {
                var status = changes[k].Status;
                if (status == ComponentStatus.Operational)
                {
                    continue;
                }

                var s = Math.Max(changes[k].At.UtcTicks, start);
                var e = k + 1 < changes.Count ? Math.Min(changes[k + 1].At.UtcTicks, end) : end;
                if (e > s)
                {
                    into.Add(new StatusSegment(s, e, status, index));
                }
            }
        }

        foreach (var index in maintenances[component])
        {
            var maintenance = content.Maintenances[index];
            var s = Math.Max(maintenance.Scheduled.UtcTicks, from);
            var e = Math.Min(maintenance.Until.UtcTicks, Math.Min(to, now.UtcTicks));
            if (e > s)
            {
                into.Add(new StatusSegment(s, e, ComponentStatus.UnderMaintenance, StatusSegment.MaintenanceSource(index)));
            }
        }
    }
}
