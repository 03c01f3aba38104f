using System.Collections.Immutable;
using System.Globalization;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Lint;

/// <summary>
/// The communication rules (SG0501-SG0504): warnings about how an incident was told to visitors, with thresholds
/// from site.yml's <c>lint:</c> section. <c>check --strict</c> turns them into errors. Rules and boundaries are
/// documented in docs/workflow.md; a value exactly at a threshold passes.
/// </summary>
public static class CommunicationLint
{
    public static ImmutableArray<Diagnostic> Check(SiteContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new DiagnosticList();
        foreach (var incident in content.Incidents)
        {
            Check(incident, content.Site, now, diagnostics);
        }

        return diagnostics.ToImmutable();
    }

    private static void Check(Incident incident, SiteConfig site, DateTimeOffset now, DiagnosticList diagnostics)
    {
        if (incident.Started > now)
        {
            return; // Not started at the build's time; the validator reports the future start.
        }

        if (incident.Started < site.Lint.Since)
        {
            return; // History from before lint.since (usually imported): how it was told then cannot be changed now.
        }

        var settings = site.Lint;
        var facts = CommunicationFacts.Of(incident, now);
        var oldest = incident.Updates.Count == 0 ? null : incident.Updates.MinBy(u => u.At);

        if (facts.SinceLastUpdate is { } silence && silence > settings.UpdateCadence)
        {
            var latest = incident.Updates.Count == 0 ? null : incident.Updates.MaxBy(u => u.At);
            diagnostics.Warning(
                DiagnosticCodes.StaleIncident,
                latest?.Position ?? IncidentPositions.Started(incident),
                $"ongoing incident '{incident.Slug}' was last updated {Duration(silence)} ago ({(latest is null ? "no update since the start at " : "at ")}{Local(latest?.At ?? incident.Started, site)}); visitors expect an update every {Duration(settings.UpdateCadence)}",
                $"post what is known now, even if nothing changed: statusgen update {incident.Slug} --status Update --message \"...\"");
        }

        if (oldest is not null && oldest.At - incident.Started > settings.FirstUpdateWithin)
        {
            diagnostics.Warning(
                DiagnosticCodes.LateFirstUpdate,
                oldest.Position,
                $"the first update came {Duration(oldest.At - incident.Started)} after the start ({Local(incident.Started, site)}); visitors should hear within {Duration(settings.FirstUpdateWithin)}",
                "post a short Investigating update as soon as an incident starts; details can follow");
        }
        else if (oldest is null && now - incident.Started > settings.FirstUpdateWithin)
        {
            diagnostics.Warning(
                DiagnosticCodes.LateFirstUpdate,
                IncidentPositions.Started(incident),
                $"incident '{incident.Slug}' started {Duration(now - incident.Started)} ago and has no update; visitors should hear within {Duration(settings.FirstUpdateWithin)}",
                $"add one: statusgen update {incident.Slug} --status Investigating --message \"...\"");
        }

        if (incident.Resolved is not { } resolved || resolved > now)
        {
            return;
        }

        var resolution = incident.Updates.Where(u => u.Status == IncidentUpdateStatus.Resolved).MaxBy(u => u.At);
        if (resolution is not null && !facts.HasPostmortem && !ResolutionText.Explains(resolution.Body.Markdown))
        {
            diagnostics.Warning(
                DiagnosticCodes.UnexplainedResolution,
                resolution.Position,
                $"the Resolved update says that it is over but not what happened (fewer than {ResolutionText.MinimumWords} words besides phrases like 'services have been restored')",
                "say what failed, what was done and whether anything is still affected, or add a Postmortem update");
        }

        if (incident.Impact >= Impact.Major && !facts.HasPostmortem && now - resolved > settings.PostmortemWithin)
        {
            diagnostics.Warning(
                DiagnosticCodes.MissingPostmortem,
                resolution?.Position ?? IncidentPositions.Resolved(incident),
                $"{incident.Impact.Name()} incident '{incident.Slug}' was resolved {Duration(now - resolved)} ago ({Local(resolved, site)}) and has no Postmortem update; the limit is {Duration(settings.PostmortemWithin)}",
                $"publish what caused it and what will prevent a repeat: statusgen update {incident.Slug} --status Postmortem --message \"...\"");
        }
    }

    private static string Local(DateTimeOffset at, SiteConfig site) =>
        TimeZoneInfo.ConvertTime(at, site.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"45 minutes", "2 h 5 min", "6 days 3 h": precise enough to act on, short enough for one line.</summary>
    internal static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.FromHours(2))
        {
            var minutes = (int)Math.Floor(span.TotalMinutes);
            return minutes == 1 ? "1 minute" : $"{minutes} minutes";
        }

        if (span < TimeSpan.FromDays(2))
        {
            return span.Minutes == 0 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalHours} h {span.Minutes} min";
        }

        return span.Hours == 0 ? $"{span.Days} days" : $"{span.Days} days {span.Hours} h";
    }
}
