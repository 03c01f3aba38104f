using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Api;

/// <summary>
/// What every API file shares, computed once per build: the page, and each component's and group's
/// status, position and times. Times come from content (never the clock) so unchanged content gives unchanged JSON.
/// </summary>
public sealed record StatuspagePage
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
        var events = Events(snapshot.Content).Where(t => t <= snapshot.Now).ToList();
        var earliest = Events(snapshot.Content).DefaultIfEmpty(snapshot.Now).Min();
        var components = new List<ApiComponent>();
        var topPosition = 0;
        foreach (var group in site.Components.GroupBy(c => c.Group ?? "\0" + c.Id))
        {
            var first = group.First();
            var members = group.Select((c, i) => Leaf(snapshot, c, i + 1, first.Group is null ? null : StatuspageIds.Group(first.Group), earliest)).ToList();
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
            UpdatedAt = events.Count > 0 ? events.Max() : components.Select(c => c.UpdatedAt).DefaultIfEmpty(snapshot.Now).Max(),
            Components = components,
        };
    }

    private static ApiComponent Leaf(SiteSnapshot snapshot, Component component, int position, string? groupId, DateTimeOffset earliest)
    {
        var zone = snapshot.Site.TimeZone;
        DateTimeOffset? since = component.Since is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)))
            : null;
        var created = since ?? earliest;
        var changes = ChangesOf(snapshot.Content, component.Id).Where(t => t <= snapshot.Now).ToList();
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

    /// <summary>Every instant the component's status may have changed: timeline entries, resolutions, maintenance edges.</summary>
    private static IEnumerable<DateTimeOffset> ChangesOf(SiteContent content, string componentId)
    {
        foreach (var incident in content.Incidents)
        {
            var affected = incident.Components.FirstOrDefault(c => c.ComponentId == componentId);
            if (affected is null)
            {
                continue;
            }

            foreach (var change in affected.Changes)
            {
                yield return change.At;
            }

            if (incident.Resolved is { } resolved)
            {
                yield return resolved;
            }
        }

        foreach (var maintenance in content.Maintenances.Where(m => m.ComponentIds.Contains(componentId)))
        {
            yield return maintenance.Scheduled;
            yield return maintenance.Until;
        }
    }

    private static IEnumerable<DateTimeOffset> Events(SiteContent content) =>
        content.Incidents.SelectMany(i => i.Updates.Select(u => u.At).Append(i.Started)
                .Concat(i.Components.SelectMany(c => c.Changes.Select(change => change.At)))
                .Concat(i.Resolved is { } r ? [r] : []))
            .Concat(content.Maintenances.SelectMany(m => m.Updates.Select(u => u.At).Append(m.Scheduled).Append(m.Until)));
}

/// <summary>A component or a group, as Statuspage lists it.</summary>
public sealed record ApiComponent
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
