using FsCheck;
using FsCheck.Fluent;
using Markdig.Syntax;
using StatusGen.Loading;
using StatusGen.Markdown;

namespace StatusGen.Tests.Loading;

/// <summary>
/// The update headings come from the body checks' full parse when no construct can make its blocks differ from the
/// blocks-only parse that decided them before; every body must still get exactly the headings the blocks-only parse finds.
/// </summary>
[TestClass]
public sealed class UpdateHeadingsTests
{
    private static readonly string[] Fragments =
    [
        "## 2026-11-10 09:00 Investigating", "   ## 2026-11-10 10:00 Resolved", "  ## 2026-11-10 09:30 Update", "We are looking into it.",
        "", "", "- item", "  - nested", "1. first", "2) second", "a. letter item", "iv) roman item", "B. capital",
        "> quoted", "> ## 2026-11-10 09:10 Identified", "```", "~~~", "    indented code", "<div>", "</div>", "<!-- note -->",
        "x | y", "- | -", "---|---", "---", "===", "Foo", "***", "[r]: https://example.com", "Done. Next update soon.", "#### Details",
        "\t## 2026-11-10 09:20 Monitoring", "* star", "+ plus",
    ];

    private static readonly string[] LineEndings = ["\n", "\r\n", "\r"];

    [TestMethod]
    public void FindsExactlyTheHeadingsOfTheBlocksOnlyParseForAnyMixOfBlocks()
    {
        var bodies = (from count in Gen.Choose(1, 12)
                      from picks in Gen.Choose(0, Fragments.Length - 1).ListOf(count)
                      from ending in Gen.Elements(LineEndings)
                      select string.Join(ending, picks.Select(i => Fragments[i])) + ending).ToArbitrary();

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(3000),
            Prop.ForAll(bodies, body => Starts(UpdateHeadings.Find(body, MarkdownRenderer.Default.Parse(body))).SequenceEqual(BlocksOnly(body))));
    }

    [TestMethod]
    [DataRow("Context.\n<div>\n## 2026-11-10 10:00 Resolved\n</div>\n")]
    [DataRow("a. Step one\n\n   ## 2026-11-10 10:00 Resolved\n")]
    [DataRow("a | b\n- | -\n  ## 2026-11-10 10:00 Resolved\n")]
    public void FollowsTheBlocksOnlyParseWhereTheFullParseReadsTheBlocksDifferently(string body)
    {
        var full = Starts(MarkdownRenderer.Default.Parse(body).OfType<HeadingBlock>().Where(h => h.Level == 2 && !h.IsSetext).ToList());
        Assert.IsFalse(full.SequenceEqual(BlocksOnly(body)), "the two parses agree on this body, so it shows nothing");

        CollectionAssert.AreEqual(BlocksOnly(body).ToList(), Starts(UpdateHeadings.Find(body, MarkdownRenderer.Default.Parse(body))).ToList());
    }

    [TestMethod]
    [DataRow("We are investigating errors on the API.\n\n## 2026-11-10 10:00 Resolved\nFixed: see the [log](https://example.com/log).\n- one\n- two\n1. first\n", true)]
    [DataRow("See <https://example.com>.\n", false)]
    [DataRow("a | b\n", false)]
    [DataRow("> b) quoted letter item\n", false)]
    [DataRow("- Done. Rolled back.\n", false)]
    [DataRow("Rolled back. Done.\n", true)]
    public void ParsesOnceOnlyWhenNoConstructCanTellTheParsesApart(string body, bool once) =>
        Assert.AreEqual(once, UpdateHeadings.HasSameBlocks(body));

    private static IEnumerable<int> BlocksOnly(string body) =>
        Starts(Markdig.Markdown.Parse(body, MarkdownRenderer.Default.ParsingPipeline).OfType<HeadingBlock>().Where(h => h.Level == 2 && !h.IsSetext).ToList());

    private static IEnumerable<int> Starts(List<HeadingBlock> headings) => headings.Select(h => h.Span.Start);
}
