using System.Text.RegularExpressions;
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
internal static partial class UpdateHeadings
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
    /// '|' anywhere, or a line (after quote and list markers) starting with letters and '.' or ')', sends the body
    /// down the second parse, which is never wrong, only slower.
    /// </summary>
    internal static bool HasSameBlocks(string text) => text.AsSpan().IndexOfAny('<', '|') < 0 && !LetterListMarker().IsMatch(text);

    /// <summary>Letters then '.' or ')' then a blank or the line's end, at a line's start after any container markers; lines end at "\n", "\r\n" or "\r".</summary>
    [GeneratedRegex(@"(?:^|\r)[ \t>*+\-0-9.)]*[A-Za-z]+[.)](?:[ \t\r\n]|$)", RegexOptions.Multiline)]
    private static partial Regex LetterListMarker();
}
