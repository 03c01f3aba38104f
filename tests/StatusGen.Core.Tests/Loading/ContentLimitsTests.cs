using System.Text;
using StatusGen.Loading;

namespace StatusGen.Tests.Loading;

/// <summary>
/// Pathological input (issue 10: exit 70, stack overflows, minutes of parsing) is an error with its own code at its
/// position, found quickly. Each check runs with a time limit, so a regression fails instead of hanging.
/// </summary>
[TestClass]
public sealed class ContentLimitsTests
{
    private const string Head = "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n## 2026-11-10 09:20 Investigating\n";

    private static string[] Lines(string body, string? frontMatter = null)
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", (frontMatter ?? Head) + body);
        var task = Task.Run(() => fixture.Lines());
        Assert.IsTrue(task.Wait(TimeSpan.FromSeconds(10)), "the check took more than 10 s");
        return task.Result;
    }

    [TestMethod]
    [DataRow(64, "- ", "lists or quotes (counting their indentation) are")]
    [DataRow(128, ">", "lists or quotes (counting their indentation) are")]
    [DataRow(9000, "*", "emphasis marks '*' are")]
    [DataRow(9000, "_", "emphasis marks '_' are")]
    public void ReportsDeepMarkdownNestingOnOneLine(int count, string unit, string what)
    {
        var line = Lines(string.Concat(Enumerable.Repeat(unit, count)) + "x\n").Single();

        Assert.AreEqual($"content/incidents/2026-11-10-api.md:8:1: error SG0021: {what} nested more than 32 levels deep here (flatten the list or quote, or put the text in a ``` code fence)", line);
    }

    [TestMethod]
    public void ReportsBracketsNestedTooDeeplyAtTheFirstBracketPastTheLimit()
    {
        var line = Lines("text " + new string('[', 9000) + "x\n").Single();

        StringAssert.StartsWith(line, "content/incidents/2026-11-10-api.md:8:38: error SG0021: brackets '[' are nested more than 32 levels deep here", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ReportsListsNestedByIndentationQuicklyAtTheFirstLinePastTheLimit()
    {
        var body = string.Concat(Enumerable.Range(0, 700).Select(i => new string(' ', i * 2) + "- x\n"));

        StringAssert.StartsWith(Lines(body).Single(), "content/incidents/2026-11-10-api.md:40:1: error SG0021:", StringComparison.Ordinal);
    }

    [TestMethod]
    public void AllowsDeeplyIndentedTextInsideACodeFence()
    {
        var body = "Log:\n```\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "at frame\n")) + "```\n";

        Assert.IsEmpty(Lines(body).Where(l => l.Contains(" error ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ReportsYamlNestedTooDeeplyInsteadOfOverflowingTheStack()
    {
        var line = Lines("x\n", Head.Replace("title: API errors", "title: " + new string('[', 9000), StringComparison.Ordinal)).First();

        Assert.AreEqual("content/incidents/2026-11-10-api.md:2:39: error SG0018: the YAML is nested more than 32 levels deep here (flatten the lists and mappings; content files need only a few levels)", line);
    }

    [TestMethod]
    public void ReportsTheFirstLineLongerThanTheLimitAtTheColumnWhereItGoesOver()
    {
        var line = Lines(new string('[', 75_000) + "\n").Single();

        Assert.AreEqual("content/incidents/2026-11-10-api.md:8:10001: error SG0017: this line is 75000 characters long; the limit is 10000 (break it into several lines)", line);
    }

    [TestMethod]
    public void ReportsAFileLargerThanTheLimit()
    {
        var body = string.Concat(Enumerable.Repeat(new string('x', 99) + "\n", ContentLimits.MaxFileBytes / 100 + 1));

        Assert.AreEqual($"content/incidents/2026-11-10-api.md:1:1: error SG0016: the file has {Encoding.UTF8.GetByteCount(Head + body)} bytes; the limit is 1048576 (1 MiB) (split it, or move long logs to a linked page)", Lines(body).Single());
    }

    [TestMethod]
    public void ReportsTheFirstUpdateHeadingPastTheLimit()
    {
        var body = "x\n" + string.Concat(Enumerable.Range(0, 1001).Select(_ => "## 2026-11-10 09:30 Update\nx\n"));

        var line = Lines(body).Single(l => l.Contains("SG0410", StringComparison.Ordinal));

        Assert.AreEqual("content/incidents/2026-11-10-api.md:2007:1: error SG0410: the file has 1002 updates; the limit is 1000 (start a new incident for a new phase, or merge old updates)", line);
    }

    [TestMethod]
    public void ReportsAParagraphLongerThanTheLimitAtTheLineThatCrossesIt()
    {
        var body = string.Concat(Enumerable.Repeat(new string('w', 999) + "\n", 30));

        Assert.AreEqual("content/incidents/2026-11-10-api.md:28:1: error SG0025: the paragraph reaching this line is longer than 20000 characters (separate paragraphs with blank lines, or put long logs in a ``` code fence)", Lines(body).Single());
    }

    [TestMethod]
    public void ReportsTooManyEmphasisMarksInOneParagraphButNotSnakeCase()
    {
        var snakeCase = Lines(string.Concat(Enumerable.Repeat("major_outage ", 500)) + "\n");
        var stars = Lines(string.Concat(Enumerable.Repeat("*a ", 300)) + "\n");

        Assert.IsEmpty(snakeCase.Where(l => l.Contains(" error ", StringComparison.Ordinal)));
        Assert.AreEqual("content/incidents/2026-11-10-api.md:8:601: error SG0021: the paragraph has more than 200 emphasis marks ('*', '_', '~', '^', '==', '++') (flatten the list or quote, or put the text in a ``` code fence)", stars.Single());
    }

    [TestMethod]
    public void ReportsTooManyLinkReferenceDefinitionsAtTheFirstPastTheLimitAndQuickly()
    {
        // Markdig moves each definition between blocks with a linear search: 40,000 of them took ~9 s per MB.
        var body = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"[r{i}]: /x{i}\n\n"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var line = Lines(body).Single();

        Assert.AreEqual("content/incidents/2026-11-10-api.md:1008:1: error SG0026: the text has more than 500 link reference definitions ('[label]: address' lines) (link inline, like [text](https://example.com/page), or split the text)", line);
        Assert.IsLessThan(5_000, watch.ElapsedMilliseconds);
    }

    [TestMethod]
    public void CountsNoReferenceDefinitionsInsideACodeFence()
    {
        var body = "Log:\n```\n" + string.Concat(Enumerable.Range(0, 600).Select(i => $"[r{i}]: /x{i}\n")) + "```\n";

        Assert.IsEmpty(Lines(body).Where(l => l.Contains(" error ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ReportsMarkdownThatParsesFlatButRendersTooDeep()
    {
        var line = Lines(string.Concat(Enumerable.Repeat("[x][y] ", 700)) + "\n").Single();

        StringAssert.StartsWith(line, "content/incidents/2026-11-10-api.md:8:", StringComparison.Ordinal);
        StringAssert.Contains(line, "error SG0021: the Markdown here is nested too deeply to render", StringComparison.Ordinal);
    }
}
