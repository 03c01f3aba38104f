using Markdig.Syntax;
using StatusGen.Markdown;

namespace StatusGen.Loading;

/// <summary>
/// Finds a body's update headings: its top-level level-2 ATX headings, as the block structure of
/// <see cref="MarkdownRenderer.ParsingPipeline"/> (CommonMark's blocks, HTML blocks included) has them.
/// </summary>
/// <remarks>
/// The full parse that <see cref="BodyChecks"/> already made has the same blocks wherever the two pipelines' block
/// rules agree, which is everywhere except three constructs: the rendering pipeline has no HTML blocks (a line may
/// start one with '&lt;'), it reads pipe-table delimiter rows ('|'), and its list extras start lists at markers such
/// as "a." or "iv)". A body that can hold none of them takes its headings from the full parse, so it is parsed once;
/// any other body is parsed a second time, blocks only, exactly as before.
/// </remarks>
internal static class UpdateHeadings
{
    /// <param name="parsed">The full parse of <paramref name="text"/> from <see cref="BodyChecks.Check"/>.</param>
    public static List<HeadingBlock> Find(string text, MarkdownDocument parsed)
    {
        var document = HasSameBlocks(text) ? parsed : Markdig.Markdown.Parse(text, MarkdownRenderer.Default.ParsingPipeline);
        var headings = new List<HeadingBlock>();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2, IsSetext: false } heading)
            {
                headings.Add(heading);
            }
        }

        return headings;
    }

    /// <summary>
    /// True when the text holds nothing the two pipelines read into different blocks. Deliberately coarse: a '&lt;' or
    /// '|' anywhere, or a line that starts (after blanks and quote or list markers) with letters and '.' or ')' and then
    /// a blank or the line's end, sends the body down the second parse, which is never wrong, only slower.
    /// </summary>
    internal static bool HasSameBlocks(string text)
    {
        if (text.AsSpan().IndexOfAny('<', '|') >= 0)
        {
            return false;
        }

        // Lines end at "\n", "\r\n" or a lone "\r"; starting a line after either character covers all three.
        for (var start = 0; start < text.Length; start++)
        {
            if (StartsWithLetterListMarker(text, start))
            {
                return false;
            }

            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                break;
            }

            start += end;
        }

        return true;
    }

    private static bool StartsWithLetterListMarker(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '>' or '*' or '+' or '-' or '.' or ')' or (>= '0' and <= '9'))
        {
            i++;
        }

        var letters = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i > letters && i < text.Length && text[i] is '.' or ')' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t' or '\r' or '\n');
    }
}
