using System.Diagnostics;
using StatusGen.Import;

namespace StatusGen.Tests.Import;

[TestClass]
public sealed class HtmlToMarkdownTests
{
    [TestMethod]
    [DataRow("Plain text, unchanged.", "Plain text, unchanged.")]
    [DataRow("One<br />two<br/>three<BR>", "One  \ntwo  \nthree")]
    [DataRow("<p>First.</p><p>Second &amp; last.</p>", "First.\n\nSecond & last.")]
    [DataRow("<b>Bold</b>, <em>soft</em> and <code>x = 1</code>", "**Bold**, *soft* and `x = 1`")]
    [DataRow("See <a href=\"https://example.com/?a=1&amp;b=2\">the notes</a>.", "See [the notes](https://example.com/?a=1&b=2).")]
    [DataRow("<ul><li>one</li><li>two</li></ul>", "- one\n- two")]
    [DataRow("<span class=\"x\">kept</span> text", "kept text")]
    [DataRow("a < b and c > d", "a < b and c > d")]
    public void ConvertsStatuspageHtmlToMarkdown(string html, string markdown) =>
        Assert.AreEqual(markdown, HtmlToMarkdown.Convert(html));

    [TestMethod]
    public void ConvertsAHugeMalformedBodyInLinearTime()
    {
        var html = string.Concat(Enumerable.Repeat("<a href=\"x\"><b><em>", 20_000));
        var clock = Stopwatch.StartNew();

        HtmlToMarkdown.Convert(html);

        Assert.IsLessThan(TimeSpan.FromSeconds(5), clock.Elapsed, $"took {clock.Elapsed}");
    }
}
