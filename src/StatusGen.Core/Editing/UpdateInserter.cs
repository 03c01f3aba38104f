using System.Text.RegularExpressions;
using StatusGen.Loading;
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
        var message = edit.Message.Trim().ReplaceLineEndings("\n").Split('\n');
        if (message.Any(line => UpdateHeading().IsMatch(line) || line.StartsWith("# ", StringComparison.Ordinal)))
        {
            throw new EditRefusedException("the message contains a '#' or '##' heading line, which would start another update; use '###' for headings inside an update");
        }

        if (message is [""])
        {
            throw new EditRefusedException("the message is empty; say what is known, even if it is little");
        }

        string[] block = [$"## {timestamp} {edit.Status.Name()}", .. message.Select(l => l.TrimEnd())];
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

    /// <summary>Line indexes of "## " headings outside fenced code blocks.</summary>
    private static List<int> Headings(TextLines lines, int bodyStart)
    {
        var result = new List<int>();
        string? fence = null;
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var content = lines.Content(i);
            var trimmed = content.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
            }
            else if (fence is null && UpdateHeading().IsMatch(content))
            {
                result.Add(i);
            }
        }

        return result;
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
