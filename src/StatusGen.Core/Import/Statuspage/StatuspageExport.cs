using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatusGen.Import.Statuspage;

// The parts of Statuspage's public API (v2 summary.json and incidents.json) that have a place in our format.
// Everything is nullable: an export may lack any field, and a null where an object belongs is reported, never dereferenced.
internal sealed record StatuspageDocument(StatuspagePage? Page, List<StatuspageComponent?>? Components, List<StatuspageIncident?>? Incidents, List<StatuspageIncident?>? ScheduledMaintenances);

internal sealed record StatuspagePage(string? Name, string? Url, string? TimeZone);

internal sealed record StatuspageComponent(string? Id, string? Name, string? Description, bool? Group, string? GroupId, int? Position);

internal sealed record StatuspageIncident(
    string? Id,
    string? Name,
    string? Status,
    string? Impact,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset? ScheduledUntil,
    string? PostmortemBody,
    DateTimeOffset? PostmortemPublishedAt,
    List<StatuspageUpdate?>? IncidentUpdates,
    List<StatuspageComponent?>? Components);

internal sealed record StatuspageUpdate(string? Status, string? Body, DateTimeOffset? CreatedAt, DateTimeOffset? DisplayAt, List<StatuspageAffected?>? AffectedComponents)
{
    public DateTimeOffset? At => DisplayAt ?? CreatedAt;
}

internal sealed record StatuspageAffected(string? Code, string? Name, string? OldStatus, string? NewStatus);

internal static class StatuspageJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
