using StatusGen.Diagnostics;
using StatusGen.Markdown;

namespace StatusGen.Loading;

/// <summary>
/// Checks a Markdown body before and after Markdig sees it: the nesting limits first (deep nesting makes Markdig
/// slow, quadratically, and then throw), then every link target against <see cref="LinkPolicy"/>.
/// </summary>
internal static class BodyChecks
{
    /// <returns>False when the body breaks a limit; Markdig must then not parse it.</returns>
    public static bool Check(TextRegion body, DiagnosticList diagnostics)
    {
        if (MarkdownNesting.FirstTooDeep(body.Content) is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, body.At(deep.Offset), $"{deep.What} nested more than {ContentLimits.MaxMarkdownDepth} levels deep here", "flatten the list or quote, or put the text in a ``` code fence");
            return false;
        }

        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = MarkdownRenderer.Default.Parse(body.Content);
        }
        catch (ArgumentException)
        {
            // Markdig's own nesting limit: MarkdownNesting is meant to stop every such input first.
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, body.At(0), "the Markdown below is nested too deeply to render", "flatten nested lists, quotes, brackets and emphasis, or put the text in a ``` code fence");
            return false;
        }

        foreach (var (inline, url) in LinkPolicy.Targets(document).Where(t => !LinkPolicy.IsAllowed(t.Url)))
        {
            var shown = url.Length > 40 ? url[..40] + "..." : url;
            diagnostics.Error(DiagnosticCodes.UnsafeLink, body.At(inline.Span.Start), $"the link target '{shown}' is not allowed; links may only use {string.Join(", ", LinkPolicy.AllowedSchemes)} or a relative address", "link to an https:// page instead");
        }

        return true;
    }
}
