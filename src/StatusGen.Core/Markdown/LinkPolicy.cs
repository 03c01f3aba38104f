using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatusGen.Markdown;

/// <summary>
/// The one rule for link targets in content: http, https, mailto and relative URLs only. The loader reports every
/// other target as an error at the link; the renderer, which feeds pages, feeds and the API alike, neutralises any
/// that still reach it, so a 'javascript:' link can never be published even by a caller that skipped the check.
/// </summary>
public static partial class LinkPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// Judges the URL as a browser reads it: Markdig has already decoded entities ('&amp;#106;avascript:'), and
    /// browsers ignore ASCII whitespace and controls inside a scheme ('java&#9;script:') and its letter case.
    /// </summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = Invisible().Replace(url, "");
        // A ValueMatch (the scheme and its ':') rather than a Match and its groups: this runs on every link.
        foreach (var match in Scheme().EnumerateMatches(compact))
        {
            return AllowedSchemes.Contains(compact.Substring(match.Index, match.Length - 1).ToLowerInvariant());
        }

        return true;
    }

    /// <summary>Every link, image and autolink target in a parsed document with the inline that carries it.</summary>
    public static IEnumerable<(Inline Inline, string Url)> Targets(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { Url: { } url }:
                    yield return (inline, url);
                    break;
                case AutolinkInline { Url: { } url }:
                    yield return (inline, url);
                    break;
            }
        }
    }

    /// <summary>Replaces every disallowed target with '#', the defensive half of the rule.</summary>
    public static void Neutralize(MarkdownDocument document)
    {
        foreach (var (inline, url) in Targets(document).ToList())
        {
            if (IsAllowed(url))
            {
                continue;
            }

            switch (inline)
            {
                case LinkInline link:
                    link.Url = "#";
                    break;
                case AutolinkInline autolink:
                    autolink.Url = "#";
                    break;
            }
        }
    }

    [GeneratedRegex(@"[\u0000-\u0020\u007F]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
