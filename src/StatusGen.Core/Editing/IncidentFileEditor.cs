using StatusGen.Model;

namespace StatusGen.Editing;

/// <summary>
/// Adds an update, component status changes and the resolution to an incident file's text while every other
/// line stays byte for byte as written: comments, quoting, blank lines, line endings, a byte order mark.
/// Pure text in, text out; the caller validates the result with the loader and writes it atomically.
/// </summary>
public static class IncidentFileEditor
{
    /// <param name="timeZone">The site's time zone: timestamps are written in its local <c>YYYY-MM-DD HH:MM</c> form.</param>
    /// <exception cref="EditRefusedException">The text is not shaped so that it can be edited safely; nothing was changed.</exception>
    public static EditResult Apply(string text, IncidentEdit edit, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var lines = TextLines.Parse(text);
        var frontMatter = FrontMatterText.Find(lines);
        var timestamp = ContentTimestamp.Format(edit.At, timeZone);
        var changes = new List<string>();

        // Body first: front matter edits shift line numbers below them, never above.
        UpdateInserter.Insert(lines, frontMatter.Close + 1, timestamp, edit, timeZone);
        changes.Add($"added '## {timestamp} {edit.Status.Name()}' update");

        foreach (var component in edit.Components)
        {
            changes.Add(ComponentTimelineText.SetStatus(FrontMatterText.Find(lines), component, timestamp, timeZone));
        }

        if (edit.Resolve)
        {
            changes.Add(SetResolved(FrontMatterText.Find(lines), timestamp));
        }

        return new EditResult(lines.ToString(), changes);
    }

    private static string SetResolved(FrontMatterText frontMatter, string timestamp)
    {
        var lines = frontMatter.Lines;
        var existing = frontMatter.FindKey("resolved");
        if (existing >= 0)
        {
            var entry = FrontMatterText.ParseEntry(lines.Content(existing))!;
            // Every YAML spelling of "no value" that the loader reads as ongoing.
            if (entry.Value is not ("" or "~" or "null" or "\"\"" or "''"))
            {
                throw new EditRefusedException($"the incident is already resolved ('resolved: {entry.Value}')");
            }

            lines.Replace(existing, $"resolved: {timestamp}{(entry.Comment.Length == 0 ? "" : " " + entry.Comment)}");
            return $"set resolved: {timestamp}";
        }

        var started = frontMatter.FindKey("started");
        lines.Insert(started >= 0 ? started + 1 : frontMatter.Close, [$"resolved: {timestamp}"]);
        return $"added resolved: {timestamp}";
    }
}
