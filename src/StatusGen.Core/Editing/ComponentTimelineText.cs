using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Editing;

/// <summary>
/// Extends a component's status in front matter. A scalar ("api: major_outage") that changes becomes a timeline
/// whose first entry is the incident's start (copied verbatim from <c>started:</c>) and whose second is the change.
/// </summary>
internal static class ComponentTimelineText
{
    public static string SetStatus(FrontMatterText frontMatter, ComponentStatusEdit edit, string timestamp, TimeZoneInfo zone)
    {
        var lines = frontMatter.Lines;
        var status = edit.Status.Name();
        var componentsLine = frontMatter.FindKey("components");
        if (componentsLine < 0)
        {
            lines.Insert(frontMatter.Close, ["components:", $"  {edit.ComponentId}:", $"    {timestamp}: {status}"]);
            return $"{edit.ComponentId}: {status} from {timestamp} (added components:)";
        }

        var components = FrontMatterText.ParseEntry(lines.Content(componentsLine))!;
        if (components.Value.Length > 0)
        {
            throw new EditRefusedException("'components:' is written on one line; write it as an indented block to let statusgen edit it");
        }

        var (start, end) = frontMatter.BlockOf(componentsLine);
        var children = Enumerable.Range(start, end - start)
            .Where(i => !TextLines.IsBlankOrComment(lines.Content(i)))
            .ToList();
        if (children.Count == 0 || children.Any(i => lines.Content(i).TrimStart().StartsWith('-')))
        {
            throw new EditRefusedException("'components:' is not a mapping of component ids; fix it by hand first");
        }

        var childIndent = TextLines.Indent(lines.Content(children[0]));
        var step = Math.Max(2, childIndent);
        var keyLine = children.FirstOrDefault(i =>
            TextLines.Indent(lines.Content(i)) == childIndent && FrontMatterText.ParseEntry(lines.Content(i))?.Key == edit.ComponentId, -1);
        if (keyLine < 0)
        {
            lines.Insert(end, [$"{Spaces(childIndent)}{edit.ComponentId}:", $"{Spaces(childIndent + step)}{timestamp}: {status}"]);
            return $"{edit.ComponentId}: {status} from {timestamp} (newly affected)";
        }

        var entry = FrontMatterText.ParseEntry(lines.Content(keyLine))!;
        return entry.Value.Length > 0
            ? ScalarToTimeline(frontMatter, keyLine, entry, childIndent + step, status, timestamp)
            : AppendToTimeline(frontMatter, keyLine, entry, status, timestamp, zone);
    }

    private static string ScalarToTimeline(FrontMatterText frontMatter, int keyLine, FrontMatterText.Entry entry, int entryIndent, string status, string timestamp)
    {
        var lines = frontMatter.Lines;
        var current = entry.Value.Trim('"', '\'');
        if (current == status)
        {
            return $"{entry.Key}: already {status}, unchanged";
        }

        var startedLine = frontMatter.FindKey("started");
        var started = startedLine < 0 ? "" : FrontMatterText.ParseEntry(lines.Content(startedLine))!.Value;
        if (started.Length == 0)
        {
            throw new EditRefusedException($"'{entry.Key}' has one status and 'started:' is missing, so its timeline cannot begin at the start; add 'started:' first");
        }

        lines.Replace(keyLine, $"{Spaces(entry.Indent)}{entry.RawKey}:{(entry.Comment.Length == 0 ? "" : " " + entry.Comment)}");
        lines.Insert(keyLine + 1, [$"{Spaces(entryIndent)}{started}: {entry.Value}", $"{Spaces(entryIndent)}{timestamp}: {status}"]);
        return $"{entry.Key}: {current} -> {status} from {timestamp} (now a timeline)";
    }

    /// <summary>
    /// Judges the timeline by time, as the loader does, not by line order: the current status is the entry with the
    /// latest time, and the new entry goes where the timeline's own order puts it (first in a newest-first timeline).
    /// </summary>
    private static string AppendToTimeline(FrontMatterText frontMatter, int keyLine, FrontMatterText.Entry entry, string status, string timestamp, TimeZoneInfo zone)
    {
        var lines = frontMatter.Lines;
        var (start, end) = frontMatter.BlockOf(keyLine);
        var entries = Enumerable.Range(start, end - start)
            .Where(i => !TextLines.IsBlankOrComment(lines.Content(i)))
            .Select(i => (Line: i, Entry: FrontMatterText.ParseEntry(lines.Content(i))))
            .Select(e => (e.Line, e.Entry, At: e.Entry is null ? null : Timestamps.Parse(e.Entry.Key, zone, out _)))
            .ToList();
        if (entries.Count == 0 || entries.Any(e => e.At is null))
        {
            throw new EditRefusedException($"the timeline of '{entry.Key}' is not a list of 'time: status' entries; fix it by hand first");
        }

        var latest = entries.OrderBy(e => e.At).ThenBy(e => e.Line).Last();
        var current = latest.Entry!.Value.Trim('"', '\'');
        if (current == status)
        {
            return $"{entry.Key}: already {status}, unchanged";
        }

        var newestFirst = entries.Count > 1 && latest.Line == entries[0].Line;
        var newLine = $"{Spaces(latest.Entry.Indent)}{timestamp}: {status}";
        lines.Insert(newestFirst ? entries[0].Line : entries[^1].Line + 1, [newLine]);
        return $"{entry.Key}: {current} -> {status} from {timestamp}";
    }

    private static string Spaces(int count) => new(' ', count);
}
