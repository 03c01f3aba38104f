using StatusGen.Model;

namespace StatusGen.Editing;

/// <summary>
/// Compares the incident as the real loader reads it before and after an edit: every earlier update is still there,
/// unchanged, and the new one is there exactly as written, with the component statuses and resolution asked for.
/// Markdown can swallow what follows it (an unclosed fence, '&lt;pre&gt;' or '&lt;!--'), so placing text right is not
/// enough; only reading the result back tells what visitors will see.
/// </summary>
internal static class EditPromise
{
    /// <returns>Why the edited file would not show what the command reports, or null when it would.</returns>
    /// <param name="lines">The file before the edit, to quote its headings.</param>
    public static string? Broken(Incident before, Incident after, IncidentEdit edit, TextLines lines)
    {
        var at = ToMinute(edit.At);
        var remaining = after.Updates.ToList();
        foreach (var update in before.Updates.OrderBy(u => u.Position.Line))
        {
            var same = remaining.FindIndex(u => u.At == update.At && u.Status == update.Status && Text(u.Body) == Text(update.Body));
            if (same < 0)
            {
                var heading = lines.Content(update.Position.Line - 1).Trim();
                return $"the earlier update '{heading}' (line {update.Position.Line}) would no longer be published; " +
                    "something in the message (an unclosed code fence, '<pre>' or '<!--'?) swallows what follows it; close it";
            }

            remaining.RemoveAt(same);
        }

        var written = string.Join("\n", UpdateInserter.MessageLines(edit.Message));
        if (remaining is not [var added] || added.At != at || added.Status != edit.Status || Text(added.Body) != written.Trim())
        {
            return "the new update would not be published as written: text before it (an unclosed code fence, '<pre>' or '<!--' " +
                "in the summary or an update?) would swallow it; close that block first";
        }

        if (Text(after.Summary) != Text(before.Summary))
        {
            return "the summary above the updates would change; check it for an unclosed code fence, '<pre>' or '<!--'";
        }

        foreach (var component in edit.Components)
        {
            var status = after.Components.FirstOrDefault(c => c.ComponentId == component.ComponentId)?.StatusAt(at);
            if (status != component.Status)
            {
                return FormattableString.Invariant($"'{component.ComponentId}' would be {status?.Name() ?? "missing"} at {edit.At:yyyy-MM-dd HH:mm}, not {component.Status.Name()}; check its timeline");
            }
        }

        return edit.Resolve && after.Resolved != at ? "'resolved:' would not read as the time of the Resolved update" : null;
    }

    private static string Text(MarkdownText text) => text.Markdown.ReplaceLineEndings("\n").Trim();

    private static DateTimeOffset ToMinute(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), at.Offset);
}
