using StatusGen.Feeds;
using StatusGen.Model;

namespace StatusGen.Notify;

/// <summary>
/// Every event in the content that has happened by <c>now</c>, oldest first. Maintenance start and completion follow
/// the clock, so a scheduled run announces them without a content change. docs/notify.md lists the rules.
/// </summary>
internal static class EventFinder
{
    public static IReadOnlyList<NotifyEvent> Find(SiteContent content, DateTimeOffset now)
    {
        var events = new List<NotifyEvent>();
        foreach (var incident in content.Incidents)
        {
            events.AddRange(Incident(incident));
        }

        foreach (var maintenance in content.Maintenances)
        {
            events.AddRange(Maintenance(maintenance, now));
        }

        return [.. events.Where(e => e.At <= now)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static IEnumerable<NotifyEvent> Incident(Incident incident)
    {
        var thread = $"incidents/{incident.Slug}";
        var components = incident.Components.Select(c => c.ComponentId).ToList();
        var chronological = incident.Updates.Reverse().ToList();

        // The first update, when it is not itself the resolution, is what the opening message says.
        var opening = chronological.FirstOrDefault() is { Status: not (IncidentUpdateStatus.Resolved or IncidentUpdateStatus.Postmortem) } first ? first : null;
        NotifyEvent Event(string id, NotifyEventKind kind, DateTimeOffset at, MarkdownText body, string? status) => new()
        {
            Id = $"{thread}/{id}",
            Kind = kind,
            At = at,
            ThreadId = thread,
            Incident = incident,
            Body = body,
            UpdateStatus = status,
            ComponentIds = components,
            Impact = incident.Impact,
        };

        yield return Event("opened", NotifyEventKind.IncidentOpened, incident.Started, opening?.Body is { IsEmpty: false } b ? b : incident.Summary, opening?.Status.Name());
        var resolvedSent = false;
        var postmortemSent = false;
        foreach (var (update, id) in WithIds(chronological.Select(u => (u.At, u.Status.Name())), thread).Zip(chronological, (x, u) => (u, x)))
        {
            if (ReferenceEquals(update, opening))
            {
                continue;
            }

            var kind = update.Status switch
            {
                IncidentUpdateStatus.Resolved when !resolvedSent => NotifyEventKind.IncidentResolved,
                IncidentUpdateStatus.Postmortem when !postmortemSent => NotifyEventKind.PostmortemPosted,
                _ => NotifyEventKind.IncidentUpdated,
            };
            resolvedSent |= kind == NotifyEventKind.IncidentResolved;
            postmortemSent |= kind == NotifyEventKind.PostmortemPosted;
            yield return Event(kind switch
            {
                NotifyEventKind.IncidentResolved => "resolved",
                NotifyEventKind.PostmortemPosted => "postmortem",
                _ => id,
            }, kind, update.At, update.Body, update.Status.Name());
        }

        // A resolution without a Resolved update (a warning in check) is still news.
        if (!resolvedSent && incident.Resolved is { } resolved)
        {
            yield return Event("resolved", NotifyEventKind.IncidentResolved, resolved, MarkdownText.Empty, null);
        }
    }

    private static IEnumerable<NotifyEvent> Maintenance(Maintenance maintenance, DateTimeOffset now)
    {
        var thread = $"maintenance/{maintenance.Slug}";
        var chronological = maintenance.Updates.Reverse().ToList();
        var announcement = chronological.FirstOrDefault() is { Status: MaintenanceUpdateStatus.Scheduled } first ? first : null;
        var startUpdate = chronological.FirstOrDefault(u => u.Status == MaintenanceUpdateStatus.InProgress);
        var endUpdate = chronological.FirstOrDefault(u => u.Status == MaintenanceUpdateStatus.Completed);
        NotifyEvent Event(string id, NotifyEventKind kind, DateTimeOffset at, MarkdownText body, string? status) => new()
        {
            Id = $"{thread}/{id}",
            Kind = kind,
            At = at,
            ThreadId = thread,
            Maintenance = maintenance,
            Body = body,
            UpdateStatus = status,
            ComponentIds = maintenance.ComponentIds,
        };

        // Content has no publication time: the first update's, else the start itself or now, whichever is earlier,
        // so a window published for next week is announced at once and an old one counts as old.
        var announced = announcement?.At ?? chronological.Select(u => (DateTimeOffset?)u.At).FirstOrDefault() ?? (maintenance.Scheduled < now ? maintenance.Scheduled : now);
        yield return Event("scheduled", NotifyEventKind.MaintenanceScheduled, announced, announcement?.Body is { IsEmpty: false } b ? b : maintenance.Summary, announcement?.Status.Name());
        yield return Event("started", NotifyEventKind.MaintenanceStarted, maintenance.Scheduled, startUpdate?.Body ?? MarkdownText.Empty, startUpdate?.Status.Name());
        foreach (var (update, id) in WithIds(chronological.Select(u => (u.At, u.Status.Name())), thread).Zip(chronological, (x, u) => (u, x)))
        {
            if (!ReferenceEquals(update, announcement) && !ReferenceEquals(update, startUpdate) && !ReferenceEquals(update, endUpdate))
            {
                yield return Event(id, NotifyEventKind.MaintenanceUpdated, update.At, update.Body, update.Status.Name());
            }
        }

        yield return Event("completed", NotifyEventKind.MaintenanceCompleted, maintenance.Until, endUpdate?.Body ?? MarkdownText.Empty, endUpdate?.Status.Name());
    }

    /// <summary>The feeds' update ids relative to the thread ("updates/20261110T091500Z-identified"), so both name an update alike.</summary>
    private static IEnumerable<string> WithIds(IEnumerable<(DateTimeOffset At, string Status)> updates, string thread)
    {
        var duplicates = new Dictionary<(DateTimeOffset, string), int>();
        foreach (var (at, status) in updates)
        {
            var key = (at, status);
            duplicates[key] = duplicates.GetValueOrDefault(key) + 1;
            yield return FeedIds.Update(thread, at, status, duplicates[key])[(thread.Length + 1)..];
        }
    }
}
