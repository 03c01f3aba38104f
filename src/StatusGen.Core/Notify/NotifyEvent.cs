using StatusGen.Model;

namespace StatusGen.Notify;

/// <summary>The kinds of news, in the order they sort when two share a time.</summary>
internal enum NotifyEventKind
{
    MaintenanceScheduled,
    MaintenanceStarted,
    MaintenanceUpdated,
    MaintenanceCompleted,
    IncidentOpened,
    IncidentUpdated,
    IncidentResolved,
    PostmortemPosted,
}

/// <summary>
/// One piece of news. <see cref="Id"/> is stable: it is derived from the file's slug and the update's time and
/// status, so editing an update's text does not make it new, and the ledger recognises it in every later run.
/// </summary>
internal sealed record NotifyEvent
{
    /// <summary>"incidents/SLUG/opened", "incidents/SLUG/updates/20261110T091500Z-identified", "maintenance/SLUG/started"...</summary>
    public required string Id { get; init; }
    public required NotifyEventKind Kind { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>"incidents/SLUG" or "maintenance/SLUG": every event of one incident shares it (mail threading, page links).</summary>
    public required string ThreadId { get; init; }
    public Incident? Incident { get; init; }
    public Maintenance? Maintenance { get; init; }

    /// <summary>The update's text, the summary, or empty for a clock event without an update of its own.</summary>
    public required MarkdownText Body { get; init; }

    /// <summary>The update heading's status as written ("Identified"), or null for a clock event.</summary>
    public string? UpdateStatus { get; init; }
    public required IReadOnlyList<string> ComponentIds { get; init; }

    /// <summary>The incident's impact; None for maintenance.</summary>
    public Impact Impact { get; init; }

    public string Title => Incident?.Title ?? Maintenance!.Title;

    /// <summary>The site-relative page of the incident or maintenance, e.g. "incidents/2026-11-10-api-errors/".</summary>
    public string PagePath => ThreadId + "/";

    public bool IsIncident => Incident is not null;
}
