using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>
/// A linear scan that bounds how deeply a Markdown body nests, without parsing it: container markers and
/// indentation at the start of each line (lists, quotes), and brackets and emphasis runs in a paragraph; it also
/// counts lines that may be link reference definitions (an upper bound), which Markdig files in quadratic time.
/// It is deliberately cruder and stricter than Markdig, whose limit (128) it keeps every input far below.
/// Fenced code is skipped: pasted logs may be indented as deeply as they like there.
/// </summary>
internal static class MarkdownNesting
{
    /// <param name="Message">The diagnostic's message.</param>
    /// <param name="Code">The limit's own code.</param>
    /// <param name="Fix">What the writer can do.</param>
    public sealed record TooDeep(int Offset, string Message, DiagnosticCode Code, string Fix);

    private const string NestingFix = "flatten the list or quote, or put the text in a ``` code fence";

    public static TooDeep? FirstTooDeep(string text)
    {
        var limit = ContentLimits.MaxMarkdownDepth;
        char? fence = null;
        var fenceLength = 0;
        var brackets = 0;
        var paragraph = 0;
        var runs = 0;
        var definitions = 0;
        var offset = 0;
        while (offset < text.Length)
        {
            var end = text.IndexOfAny(['\n', '\r'], offset) is var e and >= 0 ? e : text.Length;
            var (depth, contentStart) = Containers(text, offset, end);
            var content = text.AsSpan(contentStart, end - contentStart);
            if (FenceRun(content) is { } run && (fence is null || (run.Char == fence && run.Length >= fenceLength)))
            {
                (fence, fenceLength) = fence is null ? ((char?)run.Char, run.Length) : (null, 0);
            }
            else if (fence is null)
            {
                if (depth > limit)
                {
                    return new TooDeep(offset, Deeper("lists or quotes (counting their indentation) are"), DiagnosticCodes.MarkdownTooDeep, NestingFix);
                }

                // A blank line or an ATX heading ends a paragraph.
                var blank = content.Trim().Length == 0 || content.TrimStart().StartsWith('#');
                brackets = blank ? 0 : brackets;
                runs = blank ? 0 : runs;
                paragraph = blank ? 0 : paragraph + (end - offset);
                if (paragraph > ContentLimits.MaxParagraphLength)
                {
                    return new TooDeep(offset, $"the paragraph reaching this line is longer than {ContentLimits.MaxParagraphLength} characters", DiagnosticCodes.ParagraphTooLong, "separate paragraphs with blank lines, or put long logs in a ``` code fence");
                }

                if (content.StartsWith('[') && content.Contains("]:", StringComparison.Ordinal) && ++definitions > ContentLimits.MaxReferenceDefinitions)
                {
                    return new TooDeep(offset, $"the text has more than {ContentLimits.MaxReferenceDefinitions} link reference definitions ('[label]: address' lines)", DiagnosticCodes.TooManyReferenceDefinitions, "link inline, like [text](https://example.com/page), or split the text");
                }

                if (Inline(text, contentStart, end, ref brackets, ref runs) is { } inline)
                {
                    return inline;
                }
            }

            offset = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return null;
    }

    /// <summary>Container markers at the line's start plus half its indentation columns: an upper bound of its nesting.</summary>
    private static (int Depth, int ContentStart) Containers(string text, int i, int end)
    {
        var markers = 0;
        var columns = 0;
        while (i < end)
        {
            var c = text[i];
            if (c is ' ' or '\t')
            {
                columns += c == '\t' ? 4 : 1;
                i++;
            }
            else if (c == '>' || (c is '-' or '+' or '*' && (i + 1 == end || text[i + 1] is ' ' or '\t')))
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(text, i, end) is { } after)
            {
                markers++;
                i = after;
            }
            else
            {
                break;
            }
        }

        return (markers + (columns / 2), i);
    }

    private static string Deeper(string what) => $"{what} nested more than {ContentLimits.MaxMarkdownDepth} levels deep here";

    private static int? OrderedMarkerEnd(string text, int i, int end)
    {
        var j = i;
        while (j < end && j - i < 9 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j < end && text[j] is '.' or ')' && (j + 1 == end || text[j + 1] is ' ' or '\t') ? j + 1 : null;
    }

    private static (char Char, int Length)? FenceRun(ReadOnlySpan<char> content)
    {
        if (content.Length < 3 || content[0] is not ('`' or '~'))
        {
            return null;
        }

        var length = 1;
        while (length < content.Length && content[length] == content[0])
        {
            length++;
        }

        return length >= 3 ? (content[0], length) : null;
    }

    /// <summary>Open '[' in the paragraph so far, and runs of one emphasis character, each bounded by the limit.</summary>
    private static TooDeep? Inline(string text, int start, int end, ref int brackets, ref int runs)
    {
        var limit = ContentLimits.MaxMarkdownDepth;
        var line = text.AsSpan(start, end - start).Trim();
        var onlyOneChar = line.Length > 0 && !line.ContainsAnyExcept(line[0], ' ', '\t');
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[' && ++brackets > limit)
            {
                return new TooDeep(i, Deeper("brackets '[' are"), DiagnosticCodes.MarkdownTooDeep, NestingFix);
            }
            else if (c == ']')
            {
                brackets = Math.Max(0, brackets - 1);
            }
            else if (c is '*' or '_' or '~' or '^' or '=' or '+' && !onlyOneChar)
            {
                var runEnd = i;
                while (runEnd < end && text[runEnd] == c)
                {
                    runEnd++;
                }

                if (runEnd - i > limit)
                {
                    return new TooDeep(i, Deeper($"emphasis marks '{c}' are"), DiagnosticCodes.MarkdownTooDeep, NestingFix);
                }

                // Intraword '_' (snake_case) and single '=' or '+' never delimit emphasis: not counted.
                var delimits = c switch
                {
                    '_' => !(i > start && char.IsLetterOrDigit(text[i - 1]) && runEnd < end && char.IsLetterOrDigit(text[runEnd])),
                    '=' or '+' => runEnd - i >= 2,
                    _ => true,
                };
                if (delimits && ++runs > ContentLimits.MaxEmphasisRuns)
                {
                    return new TooDeep(i, $"the paragraph has more than {ContentLimits.MaxEmphasisRuns} emphasis marks ('*', '_', '~', '^', '==', '++')", DiagnosticCodes.MarkdownTooDeep, NestingFix);
                }

                i = runEnd - 1;
            }
        }

        return null;
    }
}
