using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Tests.Markdown;

/// <summary>Loaded text renders its HTML on first use (check and notify never ask for it) and keeps it.</summary>
[TestClass]
public sealed class MarkdownTextTests
{
    [TestMethod]
    public void RendersTheHtmlOnlyWhenAskedAndOnlyOnce()
    {
        var renders = 0;
        var text = new MarkdownText("**Fixed.**", markdown =>
        {
            renders++;
            return MarkdownRenderer.Default.Render(markdown).Html;
        });

        Assert.AreEqual(0, renders);
        var first = text.Html;
        Assert.AreSame(first, text.Html);
        Assert.AreEqual(1, renders);
        Assert.AreEqual("<p><strong>Fixed.</strong></p>", first);
    }

    [TestMethod]
    public void TheRendererTrimsTheMarkdownAndRendersTheTrimmedText()
    {
        var text = MarkdownRenderer.Default.Render("\n  Errors are down; watching.\n\n");

        Assert.AreEqual("Errors are down; watching.", text.Markdown);
        Assert.AreEqual("<p>Errors are down; watching.</p>", text.Html);
        Assert.AreSame(MarkdownText.Empty, MarkdownRenderer.Default.Render(" \n "));
    }

    [TestMethod]
    public void TextsWithTheSameMarkdownAreEqualWhetherOrNotTheirHtmlWasRendered()
    {
        var rendered = MarkdownRenderer.Default.Render("A *fix* is out.");
        _ = rendered.Html;

        Assert.AreEqual(rendered, MarkdownRenderer.Default.Render("A *fix* is out."));
        Assert.AreEqual(new MarkdownText("A *fix* is out.", "<p>A <em>fix</em> is out.</p>"), MarkdownRenderer.Default.Render("A *fix* is out."));
        Assert.AreNotEqual(rendered, MarkdownRenderer.Default.Render("A fix is out."));
    }
}
