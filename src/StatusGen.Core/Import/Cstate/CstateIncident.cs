using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>A cState issue as an incident (docs/import.md has the table).</summary>
internal static class CstateIncident
{
    public static ImportedIncident Convert(CstateIssue issue, ISet<string> slugs, DateTimeOffset now, DiagnosticList diagnostics)
    {
        var (file, front) = (issue.File, issue.File.FrontMatter);
        var severityNode = Get(front, "severity");
        var severity = Text(severityNode)?.Trim().ToLowerInvariant();
        ComponentStatus? status = severity switch
        {
            "down" => ComponentStatus.MajorOutage,
            "disrupted" => ComponentStatus.PartialOutage,
            "notice" => ComponentStatus.DegradedPerformance,
            _ => null,
        };
        if (status is null)
        {
            CstateIssue.Missing(file, "severity", $"{(severity is null ? "no" : $"unknown '{severity}'")} severity is imported as 'disrupted' (partial_outage)", diagnostics, severityNode);
        }

        var updates = issue.Updates.Select(u => new ImportedUpdate(u.At, StatusOf(u.Label), u.Text)).ToList();
        var incident = new ImportedIncident
        {
            Slug = Slug.Unique(issue.SlugStem, slugs),
            Title = issue.Title,
            Started = issue.Started,
            Impact = Bool(Get(front, "informational")) == true ? Impact.None : null,
            Components = [.. issue.ComponentIds.Select(id => new AffectedComponent { ComponentId = id, Changes = [new StatusChange(issue.Started, status ?? ComponentStatus.PartialOutage)] })],
            Summary = issue.Summary,
            Updates = updates,
            Aliases = issue.Aliases,
        };

        var resolvedWhenNode = Get(front, "resolvedWhen");
        var resolvedWhen = HugoDates.Parse(Text(resolvedWhenNode), issue.Zone);
        if (Text(resolvedWhenNode) is { } unreadable && resolvedWhen is null)
        {
            diagnostics.Warning(DiagnosticCodes.ImportTimeUnreadable, file.At(resolvedWhenNode!), $"resolvedWhen '{unreadable}' cannot be read; the last update is used", "write it as 2018-06-13T13:00:00Z and import again");
        }

        if (Bool(Get(front, "resolved")) != true)
        {
            return UnresolvedPolicy.Apply(incident, resolvedWhen, now, CstateImporter.Origin, Get(front, "resolved") is { } node ? file.At(node) : file.Start, diagnostics);
        }

        var lastActivity = issue.LastActivity;
        var resolved = resolvedWhen ?? lastActivity;
        if (resolvedWhen is null && resolvedWhenNode is null)
        {
            CstateIssue.Missing(file, "resolvedWhen", FormattableString.Invariant($"resolved at its last update, {lastActivity.UtcDateTime:yyyy-MM-dd HH:mm} UTC"), diagnostics);
        }
        else if (resolvedWhen < lastActivity)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportInconsistentTimes,
                file.At(resolvedWhenNode!),
                FormattableString.Invariant($"resolvedWhen {resolvedWhen.Value.UtcDateTime:yyyy-MM-dd HH:mm} is before the last update ({lastActivity.UtcDateTime:yyyy-MM-dd HH:mm}); the incident is resolved at the last update"));
            resolved = lastActivity;
        }

        // The resolution time is recorded; no public update is invented when cState kept no message about it.
        return incident with { Resolved = resolved };
    }

    private static IncidentUpdateStatus StatusOf(string? label) => label switch
    {
        "investigating" => IncidentUpdateStatus.Investigating,
        "identified" => IncidentUpdateStatus.Identified,
        "monitoring" or "verifying" => IncidentUpdateStatus.Monitoring,
        "resolved" or "fixed" or "completed" => IncidentUpdateStatus.Resolved,
        "postmortem" or "post-mortem" => IncidentUpdateStatus.Postmortem,
        _ => IncidentUpdateStatus.Update,
    };
}
