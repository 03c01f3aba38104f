using System.Text.RegularExpressions;
using Markdig.Syntax;
using StatusGen.Loading;
using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Editing;

/// <summary>Places a new "## timestamp Status" update where the file's own order puts it.</summary>
internal static partial class UpdateInserter
{
    /// <summary>
    /// Newest-first files (the usual form) get the update before the newest one, directly after the summary;
    /// a file whose updates run oldest first gets it at the end; a file without updates gets it after the summary.
    /// </summary>
    public static void Insert(TextLines lines, int bodyStart, string timestamp, IncidentEdit edit, TimeZoneInfo timeZone)
    {
        var message = MessageLines(edit.Message);
        if (message.Any(line => UpdateHeading().IsMatch(line) || line.StartsWith("# ", StringComparison.Ordinal)))
        {
            throw new EditRefusedException("the message contains a '#' or '##' heading line, which would start another update; use '###' for headings inside an update");
        }

        if (message is [""])
        {
            throw new EditRefusedException("the message is empty; say what is known, even if it is little");
        }

        string[] block = [$"## {timestamp} {edit.Status.Name()}", .. message];
        var headings = Headings(lines, bodyStart);
        if (headings.Count == 0 || IsOldestFirst(headings, lines, timeZone))
        {
            var last = LastContentLine(lines, bodyStart);
            lines.Insert(last + 1, last >= bodyStart ? ["", .. block] : block);
            return;
        }

        var first = headings[0];
        var blankBefore = first > bodyStart && lines.Content(first - 1).Trim().Length > 0;
        lines.Insert(first, blankBefore ? ["", .. block, ""] : [.. block, ""]);
    }

    /// <summary>The message's lines as the update is written: trimmed, each line without trailing blanks.</summary>
    public static string[] MessageLines(string message) =>
        [.. message.Trim().ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())];

    /// <summary>
    /// Line indexes of the update headings as the loader finds them: level-2 ATX headings among the body's top-level
    /// Markdown blocks, so a "## " line inside a fence of any length, an HTML block or a list is not one.
    /// </summary>
    private static List<int> Headings(TextLines lines, int bodyStart)
    {
        var body = string.Concat(Enumerable.Range(bodyStart, Math.Max(0, lines.Count - bodyStart)).Select(i => lines[i]));
        return [.. Markdig.Markdown.Parse(body, MarkdownRenderer.Default.ParsingPipeline)
            .OfType<HeadingBlock>()
            .Where(h => h.Level == 2 && !h.IsSetext)
            .Select(h => bodyStart + h.Line)];
    }

    private static bool IsOldestFirst(List<int> headings, TextLines lines, TimeZoneInfo timeZone)
    {
        if (headings.Count < 2)
        {
            return false;
        }

        var times = headings.Select(i => HeadingTime(lines.Content(i), timeZone)).ToList();
        return times.All(t => t is not null)
            && times.Zip(times.Skip(1)).All(p => p.First <= p.Second)
            && times[0] < times[^1];
    }

    private static DateTimeOffset? HeadingTime(string heading, TimeZoneInfo timeZone)
    {
        var words = heading.Trim().TrimStart('#').Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => null,
            1 => Timestamps.Parse(words[0], timeZone, out _),
            _ => Timestamps.Parse($"{words[0]} {words[1]}", timeZone, out _) ?? Timestamps.Parse(words[0], timeZone, out _),
        };
    }

    private static int LastContentLine(TextLines lines, int bodyStart)
    {
        for (var i = lines.Count - 1; i >= bodyStart; i--)
        {
            if (lines.Content(i).Trim().Length > 0)
            {
                return i;
            }
        }

        return bodyStart - 1;
    }

    [GeneratedRegex(@"^ {0,3}##(\s|$)")]
    private static partial Regex UpdateHeading();
}
