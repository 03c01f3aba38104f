using System.Text.RegularExpressions;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>One '## timestamp Status' section of a body, parsed but not yet checked against the incident's times.</summary>
/// <param name="Position">The heading's first character.</param>
/// <param name="TimestampPosition">The timestamp's first character, where time errors point.</param>
internal sealed record UpdateSection<TStatus>(DateTimeOffset At, TStatus Status, string Markdown, SourcePosition Position, SourcePosition TimestampPosition);

/// <param name="Summary">The Markdown before the first update heading.</param>
internal sealed record ParsedBody<TStatus>(string Summary, IReadOnlyList<UpdateSection<TStatus>> Updates);

/// <summary>
/// Splits a body at its level-2 ATX headings ("## 2026-11-10 15:10 Resolved"). Deeper headings stay in the update above them;
/// headings inside lists, quotes or code are not update headings because only top-level blocks are considered.
/// </summary>
internal static partial class UpdateSections
{
    /// <param name="unknownStatus">The code for a status not in <paramref name="statuses"/>.</param>
    public static ParsedBody<TStatus> Parse<TStatus>(
        TextRegion body,
        TimeZoneInfo zone,
        IReadOnlyDictionary<string, TStatus> statuses,
        DiagnosticCode unknownStatus,
        DiagnosticList diagnostics)
    {
        var text = body.Content;
        if (BodyChecks.Check(body, text, diagnostics) is not { } parsed)
        {
            return new ParsedBody<TStatus>("", []);
        }

        var headings = UpdateHeadings.Find(text, parsed);
        if (headings.Count > ContentLimits.MaxUpdates)
        {
            diagnostics.Error(DiagnosticCodes.TooManyUpdates, body.At(headings[ContentLimits.MaxUpdates].Span.Start), $"the file has {headings.Count} updates; the limit is {ContentLimits.MaxUpdates}", "start a new incident for a new phase, or merge old updates");
            return new ParsedBody<TStatus>("", []);
        }
        var updates = new List<UpdateSection<TStatus>>();
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Span.Start;
            var lineEnd = text.IndexOfAny(['\r', '\n'], start) is var e and >= 0 ? e : text.Length;
            var sectionEnd = i + 1 < headings.Count ? headings[i + 1].Span.Start : text.Length;
            var markdown = text[Math.Min(lineEnd, sectionEnd)..sectionEnd];
            if (ParseHeading(body, start, text[start..lineEnd], zone, statuses, unknownStatus, diagnostics) is { } heading)
            {
                if (markdown.Trim().Length == 0)
                {
                    diagnostics.Warning(DiagnosticCodes.EmptyUpdate, heading.Position, "this update has no text", "say what changed, what is being done and when the next update comes");
                }

                updates.Add(heading with { Markdown = markdown });
            }
        }

        var summary = headings.Count > 0 ? text[..headings[0].Span.Start] : text;
        return new ParsedBody<TStatus>(summary, updates);
    }

    private static UpdateSection<TStatus>? ParseHeading<TStatus>(
        TextRegion body,
        int start,
        string line,
        TimeZoneInfo zone,
        IReadOnlyDictionary<string, TStatus> statuses,
        DiagnosticCode unknownStatus,
        DiagnosticList diagnostics)
    {
        var position = body.At(start);
        if (!HeadingText.TryContent(line, out var contentStart, out var contentLength) || contentLength == 0 || !char.IsAsciiDigit(line[contentStart]))
        {
            diagnostics.Error(DiagnosticCodes.MalformedUpdateHeading, position, $"update heading '{line.Trim()}' does not start with a timestamp", $"write it like '## 2026-11-10 09:30 {statuses.Keys.First()}'");
            return null;
        }

        var content = line.AsSpan(contentStart, contentLength);
        var timestampLength = HeadingText.TimestampLength(content);
        var timestampPosition = body.At(start + contentStart);
        var at = Timestamps.Parse(Collapse(content[..timestampLength].ToString(), Blanks()), zone, out var error);
        if (error is not null)
        {
            diagnostics.Error(error.Code, timestampPosition, error.Message, error.Fix);
        }

        var statusRaw = content[timestampLength..];
        var statusText = Collapse(statusRaw.Trim().ToString(), Whitespace());
        var known = statuses.TryGetValue(statusText, out var status);
        if (statusText.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MalformedUpdateHeading, position, "update heading has no status after the timestamp", $"add one of: {string.Join(", ", statuses.Keys)}");
        }
        else if (!known)
        {
            var statusStart = timestampLength + (statusRaw.Length - statusRaw.TrimStart().Length);
            diagnostics.Error(unknownStatus, body.At(start + contentStart + statusStart), $"unknown update status '{statusText}'", DidYouMean.Fix(statusText, statuses.Keys));
        }

        return at is null || !known ? null : new UpdateSection<TStatus>(at.Value, status!, "", position, timestampPosition);
    }

    /// <summary>
    /// Runs of <paramref name="blanks"/> as one space. Almost every heading is written with single spaces, so the
    /// regex runs only when a tab, a line break or two blanks in a row could be there.
    /// </summary>
    private static string Collapse(string text, Regex blanks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return blanks.Replace(text, " ");
            }
        }

        return text;
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
