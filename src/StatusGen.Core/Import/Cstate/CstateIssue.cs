using System.Globalization;
using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;
using YamlDotNet.RepresentationModel;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>
/// What one cState issue says, read once and shared by its conversion to an incident (<see cref="CstateIncident"/>)
/// or, when the source marks it as planned maintenance, to a maintenance window (<see cref="CstateMaintenance"/>).
/// </summary>
internal sealed partial record CstateIssue
{
    public required CstateIssueFile File { get; init; }

    /// <summary>Hugo's <c>timeZone</c>: the zone of times written without an offset.</summary>
    public required TimeZoneInfo Zone { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Started { get; init; }

    /// <summary>Updates with a readable time (an unreadable one is placed at the start and reported).</summary>
    public required IReadOnlyList<(DateTimeOffset At, string? Label, string Text)> Updates { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> ComponentIds { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>"YYYY-MM-DD-words" from the start (UTC) and the file name.</summary>
    public required string SlugStem { get; init; }

    public DateTimeOffset LastActivity => Updates.Select(u => u.At).Append(Started).Max();

    public static CstateIssue Read(CstateIssueFile file, CstateComponents components, TimeZoneInfo zone, DateTimeOffset now, DiagnosticList diagnostics)
    {
        var front = file.FrontMatter;
        var tracked = TrackedUpdates.Read(file.Body, zone);
        var readable = tracked.Updates.Where(u => u.At is not null).ToList();
        var title = Text(Get(front, "title"))?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = Humanize(file.FileName);
            Missing(file, "title", $"the file name gives '{title}'", diagnostics);
        }

        var started = StartOf(file, readable, zone, now, diagnostics);
        foreach (var bad in tracked.Updates.Where(u => u.At is null))
        {
            diagnostics.Warning(DiagnosticCodes.ImportTimeUnreadable, bad.TimePosition, $"track time '{bad.TimeText}' cannot be read; the update is kept at the start of the incident",
                "write it as \"2018-06-13 13:00:00\" (UTC) or with an offset, and import again");
        }

        var updates = tracked.Updates.Select(u => (u.At ?? started, u.Label, u.Text)).ToList();
        var summary = tracked.Rest;
        if (updates.Count == 0 && summary.Length > 0)
        {
            var (label, text) = TrackedUpdates.Label(summary); // cState without track shortcodes: the text is the one update.
            updates.Add((started, label, text));
            summary = "";
        }

        var stem = LeadingDate().Replace(file.FileName, "");
        return new CstateIssue
        {
            File = file,
            Zone = zone,
            Title = title,
            Started = started,
            Updates = updates,
            Summary = summary,
            ComponentIds = components.Affected(file, diagnostics),
            Aliases = CstateAliases.Of(file, diagnostics),
            SlugStem = FormattableString.Invariant($"{started.UtcDateTime:yyyy-MM-dd}-{Slug.From(stem, "incident")}"),
        };
    }

    /// <summary>True when the source marks the issue as planned maintenance (docs/import.md lists the markers).</summary>
    public static bool IsMaintenance(CstateIssueFile file)
    {
        var front = file.FrontMatter;
        static bool Says(string? text) => text?.Trim().ToLowerInvariant() is "maintenance" or "planned maintenance" or "scheduled maintenance" or "planned-maintenance" or "scheduled-maintenance";
        return Bool(Get(front, "maintenance")) == true
            || Says(Text(Get(front, "type"))) || Says(Text(Get(front, "section"))) || Says(Text(Get(front, "severity")))
            || Items(Get(front, "tags")).Concat(Items(Get(front, "categories"))).Any(n => Says(Text(n)));
    }

    public static void Missing(CstateIssueFile file, string key, string consequence, DiagnosticList diagnostics, YamlNode? node = null) =>
        diagnostics.Warning(
            DiagnosticCodes.ImportMissingField,
            node is null ? file.Start : file.At(node),
            node is null ? $"'{key}' is missing; {consequence}" : $"'{key}' cannot be read; {consequence}",
            $"check the imported incident, or fix '{key}' in the cState file and import again");

    private static DateTimeOffset StartOf(CstateIssueFile file, List<TrackedUpdates.Tracked> readable, TimeZoneInfo zone, DateTimeOffset now, DiagnosticList diagnostics)
    {
        var node = Get(file.FrontMatter, "date");
        var text = Text(node);
        var date = HugoDates.Parse(text, zone);
        var earliest = readable.Count == 0 ? (DateTimeOffset?)null : readable.Min(u => u.At!.Value);
        if (date is null)
        {
            var fromName = LeadingDate().Match(file.FileName) is { Success: true } m
                && DateTimeOffset.TryParseExact(m.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day) ? day : (DateTimeOffset?)null;
            var fallback = earliest ?? fromName ?? now;
            var why = FormattableString.Invariant($"the incident starts at {fallback.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({(earliest is not null ? "its earliest update" : fromName is not null ? "the file name's date" : "the import's time")})");
            if (text is not null)
            {
                diagnostics.Warning(DiagnosticCodes.ImportTimeUnreadable, file.At(node!), $"date '{text}' cannot be read; {why}", "write it as 2018-06-13T13:00:00Z (or with an offset) and import again");
            }
            else
            {
                Missing(file, "date", why, diagnostics, node);
            }

            return fallback;
        }

        if (earliest < date)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportInconsistentTimes,
                file.At(node!),
                FormattableString.Invariant($"an update ({earliest.Value.UtcDateTime:yyyy-MM-dd HH:mm}) comes before the date ({date.Value.UtcDateTime:yyyy-MM-dd HH:mm}); the incident starts at the earlier time"));
            return earliest.Value;
        }

        return date.Value;
    }

    private static string Humanize(string fileName)
    {
        var words = LeadingDate().Replace(fileName, "").Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled incident" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-?")]
    private static partial Regex LeadingDate();
}
