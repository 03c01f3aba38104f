using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Validation;

/// <summary>
/// The Validate stage: checks that need the whole site or the build's time. Checks of a single file live in the loaders.
/// A time after the build's time is an error (nothing can have happened yet); maintenance windows may of course lie ahead.
/// </summary>
public static class SiteValidator
{
    public static ImmutableArray<Diagnostic> Validate(SiteContent content, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticList();
        var zone = content.Site.TimeZone;
        DuplicateSlugs(content.Incidents.Select(i => (i.Slug, i.Source)), "incidents", diagnostics);
        DuplicateSlugs(content.Maintenances.Select(m => (m.Slug, m.Source)), "maintenance", diagnostics);
        AliasValidator.Validate(content, diagnostics);
        foreach (var incident in content.Incidents)
        {
            Incident(incident, now, zone, content.Site.Lint.Since, diagnostics);
        }

        foreach (var maintenance in content.Maintenances)
        {
            var map = maintenance.SourceMap;
            FileDate(maintenance.Source, maintenance.Scheduled, zone, map?.Scheduled, "scheduled", diagnostics);
            foreach (var update in maintenance.Updates.Where(u => u.At > now))
            {
                diagnostics.Error(DiagnosticCodes.UpdateInFuture, update.Position, $"this update is dated after the build's time ({Timestamps.Format(now, zone)})", "correct its time; post updates only once they happened");
            }
        }

        return diagnostics.ToImmutable();
    }

    private static void Incident(Incident incident, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? historySince, DiagnosticList diagnostics)
    {
        var map = incident.SourceMap;
        var start = incident.Source.At(1, 1);
        var nowText = Timestamps.Format(now, zone);
        FileDate(incident.Source, incident.Started, zone, map?.Started, "started", diagnostics);
        if (incident.Started > now)
        {
            diagnostics.Error(DiagnosticCodes.StartedInFuture, map?.Started ?? start, $"'started' is after the build's time ({nowText})", "check the date and the time zone; an incident cannot start in the future");
        }

        if (incident.Resolved is { } resolved && resolved > now)
        {
            diagnostics.Error(DiagnosticCodes.ResolvedInFuture, map?.Resolved ?? start, $"'resolved' is after the build's time ({nowText})", "set 'resolved' only once the incident is over; leave it out while it is ongoing");
        }

        foreach (var update in incident.Updates.Where(u => u.At > now))
        {
            diagnostics.Error(DiagnosticCodes.UpdateInFuture, update.Position, $"this update is dated after the build's time ({nowText})", "correct its time; post updates only once they happened");
        }

        // A status change at 'started' is already reported as SG0208; later timeline entries are checked here.
        foreach (var component in incident.Components)
        {
            var sources = map?.Components.FirstOrDefault(c => c.ComponentId == component.ComponentId);
            foreach (var (change, index) in component.Changes.Select((c, i) => (c, i)).Where(c => c.c.At > now && c.c.At != incident.Started))
            {
                var at = sources is not null && index < sources.Changes.Count ? sources.Changes[index] : map?.Started ?? start;
                diagnostics.Error(DiagnosticCodes.StatusChangeInFuture, at, $"this status change of '{component.ComponentId}' is after the build's time ({nowText})", "record status changes only once they happened");
            }
        }

        // Imported history (before lint.since) often kept no message about the resolution, and none is invented for it.
        if (incident.Resolved is not null && !(incident.Started < historySince) && !incident.Updates.Any(u => u.Status == IncidentUpdateStatus.Resolved))
        {
            diagnostics.Warning(DiagnosticCodes.ResolvedWithoutResolvedUpdate, map?.Resolved ?? start, "the incident is resolved but has no 'Resolved' update", $"add '## {Timestamps.Format(incident.Resolved.Value, zone)} Resolved' saying what was fixed");
        }
    }

    /// <summary>A file named for another day than it starts is easy to miss in a folder listing: a warning, not an error.</summary>
    private static void FileDate(SourceFile source, DateTimeOffset at, TimeZoneInfo zone, SourcePosition? position, string key, DiagnosticList diagnostics)
    {
        var name = Path.GetFileName(source.FullPath);
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        if (ContentFileName.DateOf(name) is { } fileDate && fileDate != localDate)
        {
            var renamed = FormattableString.Invariant($"{localDate:yyyy-MM-dd}{name[10..]}");
            diagnostics.Warning(DiagnosticCodes.FileDateMismatch, position ?? source.At(1, 1), FormattableString.Invariant($"the file name says {fileDate:yyyy-MM-dd} but '{key}' is on {localDate:yyyy-MM-dd} ({zone.Id})"), $"rename the file to '{renamed}', or correct '{key}'");
        }
    }

    private static void DuplicateSlugs(IEnumerable<(string Slug, SourceFile Source)> items, string folder, DiagnosticList diagnostics)
    {
        foreach (var group in items.GroupBy(i => i.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(i => i.Source.DisplayPath, StringComparer.Ordinal).ToList();
            foreach (var (slug, source) in ordered.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, source.At(1, 1), $"'{folder}/{slug}/' is also the page of {ordered[0].Source.DisplayPath}", "rename one of the files so each has its own slug");
            }
        }
    }
}
