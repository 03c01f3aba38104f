using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatusGen.Diagnostics;
using StatusGen.Markdown;

namespace StatusGen.Loading;

/// <summary>
/// Checks a Markdown body before and after Markdig sees it: the nesting limits first (deep nesting makes Markdig
/// slow, quadratically, and then throw), then every link target against <see cref="LinkPolicy"/>.
/// </summary>
internal static class BodyChecks
{
    /// <param name="text">The body's text (<see cref="TextRegion.Content"/>, taken once by the caller).</param>
    /// <returns>
    /// The full parse of the body (the rendering pipeline, exact positions) for the caller to read the blocks from;
    /// null when the body breaks a limit, and Markdig must then not see it again.
    /// </returns>
    public static MarkdownDocument? Check(TextRegion body, string text, DiagnosticList diagnostics)
    {
        if (MarkdownNesting.FirstTooDeep(text) is { } found)
        {
            diagnostics.Error(found.Code, body.At(found.Offset), found.Message, found.Fix);
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = MarkdownRenderer.Default.Parse(text);
        }
        catch (ArgumentException)
        {
            // Markdig's own nesting limit: MarkdownNesting is meant to stop every such input first.
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, body.At(0), "the Markdown below is nested too deeply to render", "flatten nested lists, quotes, brackets and emphasis, or put the text in a ``` code fence");
            return null;
        }

        // Markdig renders recursively with a depth limit of its own; some inputs (runs of '[x][y]') parse flat but render deep.
        if (Deepest(document) is { Depth: > RenderDepthLimit } deepest)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, body.At(deepest.Offset), "the Markdown here is nested too deeply to render", "flatten nested lists, quotes, brackets and emphasis, or put the text in a ``` code fence");
            return null;
        }

        foreach (var (inline, url) in LinkPolicy.Targets(document).Where(t => !LinkPolicy.IsAllowed(t.Url)))
        {
            var shown = url.Length > 40 ? url[..40] + "..." : url;
            diagnostics.Error(DiagnosticCodes.UnsafeLink, body.At(inline.Span.Start), $"the link target '{shown}' is not allowed; links may only use {string.Join(", ", LinkPolicy.AllowedSchemes)} or a relative address", "link to an https:// page instead");
        }

        return document;
    }

    /// <summary>Half of Markdig's default of 128, so rendering a summary or update alone can never reach it.</summary>
    private const int RenderDepthLimit = 64;

    /// <summary>The deepest node of the tree (blocks and inlines), found without recursion.</summary>
    /// <remarks>Children go on the stack in the order they are listed, as before; the stack is reused per thread and
    /// the children are walked with Markdig's own enumerators, so a body costs no allocation here.</remarks>
    private static (int Depth, int Offset) Deepest(MarkdownObject root)
    {
        var deepest = (Depth: 0, Offset: 0);
        var stack = walk ??= new Stack<(MarkdownObject Node, int Depth)>();
        stack.Clear();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > deepest.Depth)
            {
                deepest = (depth, Math.Max(0, node.Span.Start));
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }

    [ThreadStatic]
    private static Stack<(MarkdownObject Node, int Depth)>? walk;
}
