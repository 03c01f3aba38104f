using System.Net;
using System.Text.RegularExpressions;

namespace StatusGen.Import;

/// <summary>
/// The HTML that Statuspage keeps in update bodies (line breaks, paragraphs, emphasis, links, lists, code) as Markdown,
/// since our pages render Markdown with raw HTML disabled and would show the tags as text. Tags it does not know are
/// dropped with their text kept; entities are decoded. Text without tags is returned unchanged. The patterns run
/// without backtracking (linear time), so no update body, however malformed, can stall an import.
/// </summary>
internal static partial class HtmlToMarkdown
{
    public static string Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!AnyTag().IsMatch(html) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        var text = Break().Replace(html, "  \n");
        text = Paragraph().Replace(text, "\n\n");
        text = Link().Replace(text, m => $"[{m.Groups["text"].Value.Trim()}]({WebUtility.HtmlDecode(m.Groups["href"].Value)})");
        text = Strong().Replace(text, m => $"**{m.Groups["text"].Value}**");
        text = Emphasis().Replace(text, m => $"*{m.Groups["text"].Value}*");
        text = Code().Replace(text, m => $"`{m.Groups["text"].Value}`");
        text = ListItem().Replace(text, "\n- ");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return BlankLines().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n").Trim();
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.NonBacktracking)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s*<br\s*/?>\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Break();

    [GeneratedRegex(@"\s*</?(?:p|div|ul|ol|h[1-6])(?:\s[^<>]*)?>\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"<a\s[^<>]*?href\s*=\s*[""'](?<href>[^""']*)[""'][^<>]*>(?<text>.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?:strong|b)(?:\s[^<>]*)?>(?<text>.*?)</(?:strong|b)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Strong();

    [GeneratedRegex(@"<(?:em|i)(?:\s[^<>]*)?>(?<text>.*?)</(?:em|i)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"<code(?:\s[^<>]*)?>(?<text>.*?)</code>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Code();

    [GeneratedRegex(@"\s*<li(?:\s[^<>]*)?>\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+", RegexOptions.NonBacktracking)]
    private static partial Regex BlankLines();
}
