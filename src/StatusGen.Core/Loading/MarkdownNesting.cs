namespace StatusGen.Loading;

/// <summary>
/// A linear scan that bounds how deeply a Markdown body nests, without parsing it: container markers and
/// indentation at the start of each line (lists, quotes), and brackets and emphasis runs in a paragraph.
/// It is deliberately cruder and stricter than Markdig, whose limit (128) it keeps every input far below.
/// Fenced code is skipped: pasted logs may be indented as deeply as they like there.
/// </summary>
internal static class MarkdownNesting
{
    /// <param name="Message">The diagnostic's message.</param>
    /// <param name="Paragraph">True for the paragraph-length limit, false for a nesting limit.</param>
    public sealed record TooDeep(int Offset, string Message, bool Paragraph = false);

    public static TooDeep? FirstTooDeep(string text)
    {
        var limit = ContentLimits.MaxMarkdownDepth;
        char? fence = null;
        var fenceLength = 0;
        var brackets = 0;
        var paragraph = 0;
        var runs = 0;
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
                    return new TooDeep(offset, Deeper("lists or quotes (counting their indentation) are"));
                }

                // A blank line or an ATX heading ends a paragraph.
                var blank = content.Trim().Length == 0 || content.TrimStart().StartsWith('#');
                brackets = blank ? 0 : brackets;
                runs = blank ? 0 : runs;
                paragraph = blank ? 0 : paragraph + (end - offset);
                if (paragraph > ContentLimits.MaxParagraphLength)
                {
                    return new TooDeep(offset, $"the paragraph reaching this line is longer than {ContentLimits.MaxParagraphLength} characters", Paragraph: true);
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
                return new TooDeep(i, Deeper("brackets '[' are"));
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
                    return new TooDeep(i, Deeper($"emphasis marks '{c}' are"));
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
                    return new TooDeep(i, $"the paragraph has more than {ContentLimits.MaxEmphasisRuns} emphasis marks ('*', '_', '~', '^', '==', '++')");
                }

                i = runEnd - 1;
            }
        }

        return null;
    }
}
