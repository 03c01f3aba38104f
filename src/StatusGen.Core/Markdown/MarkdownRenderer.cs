using Markdig;
using Markdig.Syntax;
using StatusGen.Model;

namespace StatusGen.Markdown;

/// <summary>Renders incident and maintenance text. The Markdig pipeline is built once and shared (it is immutable and thread-safe).</summary>
public sealed class MarkdownRenderer
{
    public static readonly MarkdownRenderer Default = new();

    /// <summary>
    /// For finding the block structure of content files (where the update headings are): exact source positions,
    /// and no inline parsers, because only blocks are read from its result. Inline syntax never changes where a
    /// block starts, so the blocks are the same as a full parse finds, at a fraction of the cost.
    /// </summary>
    public MarkdownPipeline ParsingPipeline { get; }

    private readonly MarkdownPipeline htmlPipeline;

    private MarkdownRenderer()
    {
        renderHtml = RenderHtml;
        var blocksOnly = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        blocksOnly.InlineParsers.Clear();
        ParsingPipeline = blocksOnly.Build();

        // Raw HTML is disabled: incident text is written under stress and published to every channel, and
        // feeds and the JSON API embed it, so it must never carry scripts or broken markup.
        htmlPipeline = new MarkdownPipelineBuilder()
            .UseAutoLinks()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .DisableHtml()
            .UsePreciseSourceLocation()
            .Build();
    }

    /// <summary>The text trimmed, with its HTML rendered on first use (<see cref="MarkdownText.Html"/>).</summary>
    public MarkdownText Render(string markdown)
    {
        var trimmed = markdown.Trim();
        return trimmed.Length == 0 ? MarkdownText.Empty : new MarkdownText(trimmed, renderHtml);
    }

    private readonly Func<string, string> renderHtml;

    /// <param name="trimmed">Markdown without leading or trailing white space, as <see cref="MarkdownText.Markdown"/> holds it.</param>
    private string RenderHtml(string trimmed)
    {
        var document = Parse(trimmed);
        LinkPolicy.Neutralize(document);

        // Through the pipeline's own pool of renderers: a new HtmlRenderer per text (about 20 object renderers each)
        // cost 45 % of the CPU and 55 % of the allocation of rendering. The output is the same (compared on 51,055
        // updates); Markdig writes "\n" line breaks itself, on every platform, as the StringWriter before did.
        return Markdig.Markdown.ToHtml(document, htmlPipeline).Trim();
    }

    /// <summary>The full parse that rendering uses, with exact source positions (0-based, relative to <paramref name="markdown"/>).</summary>
    /// <exception cref="ArgumentException">Markdig's nesting limit; the loader's limits keep content far below it.</exception>
    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, htmlPipeline);

    /// <summary>Plain text for places that cannot hold HTML (RSS titles, iCalendar descriptions, JSON "body").</summary>
    public string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, htmlPipeline).Trim();
}
