using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// Incidents and maintenance windows indexed by component once, so that each component's status over time is
/// collected from only the sources that name it.
/// </summary>
internal sealed class ComponentTimelines
{
    private readonly Dictionary<string, int> componentIndex;

    /// <summary>
    /// Per component, its segments clipped only to each source's own span: incidents newest first, each incident's
    /// segments together and in time order, then maintenance.
    /// </summary>
    private readonly List<StatusSegment>[] segments;

    /// <summary>Walks every incident and maintenance window once; the build's time ends ongoing incidents and maintenance.</summary>
    /// <param name="newestFirst">Incident indices, newest first (<see cref="UptimeCalculator.NewestFirst"/>).</param>
    public ComponentTimelines(SiteContent content, DateTimeOffset now, int[] newestFirst)
    {
        var components = content.Site.Components;
        componentIndex = new Dictionary<string, int>(components.Count, StringComparer.Ordinal);
        for (var i = 0; i < components.Count; i++)
        {
            componentIndex[components[i].Id] = i;
        }

        // Sized up front: a busy component holds tens of thousands of segments, and growing by doubling would copy them.
        var changeCounts = new int[components.Count];
        foreach (var incident in content.Incidents)
        {
            foreach (var affected in incident.Components)
            {
                if (componentIndex.TryGetValue(affected.ComponentId, out var c))
                {
                    changeCounts[c] += affected.Changes.Count;
                }
            }
        }

        segments = [.. changeCounts.Select(count => new List<StatusSegment>(count))];
        var nowTicks = now.UtcTicks;
        foreach (var i in newestFirst)
        {
            var incident = content.Incidents[i];
            var start = incident.Started.UtcTicks;
            var end = incident.EndOr(now).UtcTicks;
            if (end <= start)
            {
                continue;
            }

            foreach (var affected in incident.Components)
            {
                // Unknown ids are the validator's business (SG0201); they cannot affect a configured component.
                if (componentIndex.TryGetValue(affected.ComponentId, out var c))
                {
                    AddTimeline(segments[c], affected.Changes, start, end, i);
                }
            }
        }

        for (var i = 0; i < content.Maintenances.Count; i++)
        {
            var maintenance = content.Maintenances[i];
            var start = maintenance.Scheduled.UtcTicks;
            var end = Math.Min(maintenance.Until.UtcTicks, nowTicks);
            if (end <= start)
            {
                continue;
            }

            foreach (var id in maintenance.ComponentIds.Distinct(StringComparer.Ordinal))
            {
                if (componentIndex.TryGetValue(id, out var c))
                {
                    segments[c].Add(new StatusSegment(start, end, ComponentStatus.UnderMaintenance, StatusSegment.MaintenanceSource(i)));
                }
            }
        }
    }

    public int IndexOf(string componentId) => componentIndex.TryGetValue(componentId, out var i) ? i : -1;

    /// <summary>
    /// Appends the component's non-operational segments clipped to [<paramref name="from"/>, <paramref name="to"/>)
    /// (UTC ticks). Each incident's segments come together and in time order.
    /// </summary>
    public void Collect(int component, long from, long to, List<StatusSegment> into)
    {
        foreach (var segment in segments[component])
        {
            var s = Math.Max(segment.Start, from);
            var e = Math.Min(segment.End, to);
            if (e > s)
            {
                into.Add(segment with { Start = s, End = e });
            }
        }
    }

    /// <summary>A status change holds until the next change or the incident's end; operational spans are left out.</summary>
    private static void AddTimeline(List<StatusSegment> into, IReadOnlyList<StatusChange> changes, long start, long end, int incident)
    {
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
                into.Add(new StatusSegment(s, e, status, incident));
            }
        }
    }
}
