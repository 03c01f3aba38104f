using System.Globalization;
using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using StatusGen.Model;
using YamlDotNet.RepresentationModel;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>One cState issue to one incident (docs/import.md has the table).</summary>
internal static partial class CstateIssue
{
    public static ImportedIncident Convert(CstateIssueFile file, CstateComponents components, ISet<string> slugs, DateTimeOffset now, DiagnosticList diagnostics)
    {
        var front = file.FrontMatter;
        var tracked = TrackedUpdates.Read(file.Body, file.BodyFirstLine);
        var readable = tracked.Updates.Where(u => u.At is not null).ToList();

        var title = Text(Get(front, "title"))?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = Humanize(file.FileName);
            Missing(file, "title", $"the file name gives '{title}'", diagnostics);
        }

        var started = Started(file, readable, now, diagnostics);
        foreach (var bad in tracked.Updates.Where(u => u.At is null))
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportMissingField,
                new SourcePosition(file.DisplayPath, bad.Line, 1),
                $"track time '{bad.TimeText}' cannot be read; the update is placed at the start",
                "write it as \"2018-06-13 13:00:00\" (UTC)");
        }

        var updates = tracked.Updates.Select(u => new ImportedUpdate(u.At ?? started, u.Status, u.Text)).ToList();
        var summary = tracked.Rest;
        if (updates.Count == 0 && summary.Length > 0)
        {
            updates.Add(new ImportedUpdate(started, IncidentUpdateStatus.Update, summary)); // cState without track shortcodes: the text is the one update.
            summary = "";
        }

        var incident = new ImportedIncident
        {
            Slug = Slugs.Unique($"{started.UtcDateTime:yyyy-MM-dd}-{Slugs.Of(LeadingDate().Replace(file.FileName, ""))}", slugs),
            Title = title,
            Started = started,
            Impact = Bool(Get(front, "informational")) == true ? Impact.None : null,
            Components = Affected(file, started, components, diagnostics),
            Summary = summary,
            Updates = updates,
        };

        var resolvedWhenNode = Get(front, "resolvedWhen");
        var resolvedWhen = Date(Text(resolvedWhenNode));
        if (Bool(Get(front, "resolved")) != true)
        {
            return UnresolvedPolicy.Apply(incident, resolvedWhen, now, CstateImporter.Origin, file.At(Get(front, "resolved") ?? front), diagnostics);
        }

        var lastActivity = updates.Select(u => u.At).Append(started).Max();
        var resolved = resolvedWhen ?? lastActivity;
        if (resolvedWhen is null)
        {
            Missing(file, "resolvedWhen", $"resolved at its last update, {lastActivity.UtcDateTime:yyyy-MM-dd HH:mm} UTC", diagnostics, resolvedWhenNode);
        }
        else if (resolvedWhen < lastActivity)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportInconsistentTimes,
                file.At(resolvedWhenNode!),
                $"resolvedWhen {resolvedWhen.Value.UtcDateTime:yyyy-MM-dd HH:mm} is before the last update ({lastActivity.UtcDateTime:yyyy-MM-dd HH:mm}); the incident is resolved at the last update");
            resolved = lastActivity;
        }

        if (!updates.Any(u => u.Status == IncidentUpdateStatus.Resolved))
        {
            updates.Add(new ImportedUpdate(resolved, IncidentUpdateStatus.Resolved, "Marked resolved in cState, which kept no message about the resolution."));
        }

        return incident with { Resolved = resolved, Updates = updates };
    }

    private static DateTimeOffset Started(CstateIssueFile file, List<TrackedUpdates.Tracked> readable, DateTimeOffset now, DiagnosticList diagnostics)
    {
        var node = Get(file.FrontMatter, "date");
        var date = Date(Text(node));
        var earliest = readable.Count == 0 ? (DateTimeOffset?)null : readable.Min(u => u.At!.Value);
        if (date is null)
        {
            var fallback = earliest
                ?? (LeadingDate().Match(file.FileName) is { Success: true } m
                    ? DateTimeOffset.ParseExact(m.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    : now);
            Missing(file, "date", $"the incident starts at {fallback.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({(earliest is not null ? "its earliest update" : fallback == now ? "the import's time" : "the file name's date")})", diagnostics, node);
            return fallback;
        }

        if (earliest < date)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportInconsistentTimes,
                file.At(node!),
                $"an update ({earliest.Value.UtcDateTime:yyyy-MM-dd HH:mm}) comes before the date ({date.Value.UtcDateTime:yyyy-MM-dd HH:mm}); the incident starts at the earlier time");
            return earliest.Value;
        }

        return date.Value;
    }

    private static List<AffectedComponent> Affected(CstateIssueFile file, DateTimeOffset started, CstateComponents components, DiagnosticList diagnostics)
    {
        var severityNode = Get(file.FrontMatter, "severity");
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
            Missing(file, "severity", $"{(severity is null ? "no" : $"unknown '{severity}'")} severity is imported as 'disrupted' (partial_outage)", diagnostics, severityNode);
        }

        var affectedNode = Get(file.FrontMatter, "affected");
        var names = Items(affectedNode).Select(n => (Name: Text(n)?.Trim(), Node: n)).Where(n => !string.IsNullOrEmpty(n.Name)).ToList();
        List<string> ids = [.. names.Select(n => components.IdOf(n.Name!, file.At(n.Node), diagnostics)).Distinct()];
        if (ids.Count == 0)
        {
            ids.Add(components.General());
            Missing(file, "affected", $"the incident is assigned to component '{ids[0]}'", diagnostics, affectedNode);
        }

        return [.. ids
            .Select(id => new AffectedComponent { ComponentId = id, Changes = [new StatusChange(started, status ?? ComponentStatus.PartialOutage)] })];
    }

    private static void Missing(CstateIssueFile file, string key, string consequence, DiagnosticList diagnostics, YamlNode? node = null) =>
        diagnostics.Warning(
            DiagnosticCodes.ImportMissingField,
            node is null ? file.Start : file.At(node),
            node is null ? $"'{key}' is missing; {consequence}" : $"'{key}' cannot be read; {consequence}",
            $"check the imported incident, or fix '{key}' in the cState file and import again");

    private static string Humanize(string fileName)
    {
        var words = LeadingDate().Replace(fileName, "").Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled incident" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-?")]
    private static partial Regex LeadingDate();
}
