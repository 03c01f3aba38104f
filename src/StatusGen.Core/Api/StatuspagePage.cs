using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Api;

/// <summary>
/// What every API file shares, computed once per build: the page, and each component's and group's
/// status, position and times. Times come from content (never the clock) so unchanged content gives unchanged JSON.
/// </summary>
internal sealed record StatuspagePage
{
    public required string Id { get; init; }
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The latest change on the page at the build's time: an incident or maintenance event at or before it.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Top-level entries (ungrouped components and groups) in site.yml order, each group before its members.</summary>
    public required IReadOnlyList<ApiComponent> Components { get; init; }

    public ApiComponent Component(string componentId) => Components.First(c => !c.IsGroup && c.Key == componentId);

    public static StatuspagePage From(SiteSnapshot snapshot)
    {
        var site = snapshot.Site;
        var pageId = StatuspageIds.Page(site.BaseUrl);
        var (earliest, latestByNow) = EventRange(snapshot.Content, snapshot.Now);
        var changesByComponent = ChangesByComponent(snapshot.Content);
        var components = new List<ApiComponent>();
        var topPosition = 0;
        foreach (var group in site.Components.GroupBy(c => c.Group ?? "\0" + c.Id))
        {
            var first = group.First();
            var members = group.Select((c, i) => Leaf(snapshot, c, i + 1, first.Group is null ? null : StatuspageIds.Group(first.Group), earliest ?? snapshot.Now, changesByComponent)).ToList();
            topPosition++;
            if (first.Group is null)
            {
                components.Add(members[0] with { Position = topPosition });
                continue;
            }

            components.Add(new ApiComponent
            {
                Id = StatuspageIds.Group(first.Group),
                Key = first.Group,
                Name = first.Group,
                Status = members.Max(m => m.Status),
                CreatedAt = members.Min(m => m.CreatedAt),
                UpdatedAt = members.Max(m => m.UpdatedAt),
                Position = topPosition,
                Description = null,
                StartDate = members.Select(m => m.StartDate).Where(d => d is not null).DefaultIfEmpty(null).Min(),
                GroupId = null,
                IsGroup = true,
                MemberIds = [.. members.Select(m => m.Id)],
            });
            components.AddRange(members);
        }

        return new StatuspagePage
        {
            Id = pageId,
            Zone = site.TimeZone,
            UpdatedAt = latestByNow ?? components.Select(c => c.UpdatedAt).DefaultIfEmpty(snapshot.Now).Max(),
            Components = components,
        };
    }

    private static ApiComponent Leaf(SiteSnapshot snapshot, Component component, int position, string? groupId, DateTimeOffset earliest,
        IReadOnlyDictionary<string, List<DateTimeOffset>> changesByComponent)
    {
        var zone = snapshot.Site.TimeZone;
        DateTimeOffset? since = component.Since is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)))
            : null;
        var created = since ?? earliest;
        var changes = changesByComponent.GetValueOrDefault(component.Id, []).Where(t => t <= snapshot.Now).ToList();
        return new ApiComponent
        {
            Id = StatuspageIds.Component(component.Id),
            Key = component.Id,
            Name = component.Name,
            Status = snapshot.Status.Of(component.Id),
            CreatedAt = created,
            UpdatedAt = changes.Count > 0 && changes.Max() > created ? changes.Max() : created,
            Position = position,
            Description = component.Description.Length > 0 ? component.Description : null,
            StartDate = component.Since,
            GroupId = groupId,
            IsGroup = false,
            MemberIds = [],
        };
    }

    /// <summary>Per component id, every instant its status may have changed: timeline entries, resolutions, maintenance edges.</summary>
    private static Dictionary<string, List<DateTimeOffset>> ChangesByComponent(SiteContent content)
    {
        var changes = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        void Add(string id, DateTimeOffset at)
        {
            if (!changes.TryGetValue(id, out var list))
            {
                changes[id] = list = [];
            }

            list.Add(at);
        }

        foreach (var incident in content.Incidents)
        {
            foreach (var affected in incident.Components)
            {
                foreach (var change in affected.Changes)
                {
                    Add(affected.ComponentId, change.At);
                }

                if (incident.Resolved is { } resolved)
                {
                    Add(affected.ComponentId, resolved);
                }
            }
        }

        foreach (var maintenance in content.Maintenances)
        {
            foreach (var id in maintenance.ComponentIds)
            {
                Add(id, maintenance.Scheduled);
                Add(id, maintenance.Until);
            }
        }

        return changes;
    }

    /// <summary>
    /// The earliest content event, and the latest one at or before <paramref name="now"/>: an incident's start, update,
    /// component status change or resolution, a maintenance update, start or end. Null when there is none.
    /// </summary>
    private static (DateTimeOffset? Earliest, DateTimeOffset? LatestByNow) EventRange(SiteContent content, DateTimeOffset now)
    {
        DateTimeOffset? earliest = null, latest = null;
        void See(DateTimeOffset at)
        {
            earliest = earliest is { } e && e <= at ? e : at;
            if (at <= now && (latest is null || at > latest))
            {
                latest = at;
            }
        }

        foreach (var incident in content.Incidents)
        {
            See(incident.Started);
            if (incident.Resolved is { } resolved)
            {
                See(resolved);
            }

            foreach (var update in incident.Updates)
            {
                See(update.At);
            }

            foreach (var change in incident.Components.SelectMany(c => c.Changes))
            {
                See(change.At);
            }
        }

        foreach (var maintenance in content.Maintenances)
        {
            See(maintenance.Scheduled);
            See(maintenance.Until);
            foreach (var update in maintenance.Updates)
            {
                See(update.At);
            }
        }

        return (earliest, latest);
    }
}

/// <summary>A component or a group, as Statuspage lists it.</summary>
internal sealed record ApiComponent
{
    public required string Id { get; init; }

    /// <summary>Our component id, or the group's name.</summary>
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required ComponentStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>1-based: among top-level entries for groups and ungrouped components, within the group for members.</summary>
    public required int Position { get; init; }
    public required string? Description { get; init; }
    public required DateOnly? StartDate { get; init; }
    public required string? GroupId { get; init; }
    public required bool IsGroup { get; init; }

    /// <summary>Statuspage ids of a group's members; empty for a component.</summary>
    public required IReadOnlyList<string> MemberIds { get; init; }
}
