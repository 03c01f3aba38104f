using StatusGen.Api;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Seo;
using StatusGen.Tests.Loading;

namespace StatusGen.Tests.Building;

/// <summary>The build hands each file to the publisher as it is made; the output folder still changes all at once or not at all.</summary>
[TestClass]
public sealed class StreamedBuildTests
{
    private ContentFixture fixture = null!;

    private string Output => Path.Combine(fixture.Root, "public");

    [TestInitialize]
    public void CreateSite() => fixture = new ContentFixture();

    [TestCleanup]
    public void DeleteSite() => fixture.Dispose();

    [TestMethod]
    public void AGeneratorFailingMidwayLeavesThePreviousOutputByteForByteUntouched()
    {
        Build(new Pages("page", 40, "zeroth"));
        Build(new Pages("page", 40, "first")); // from now on the replaced output is kept and reused as the staging folder
        var before = Snapshot(Output);

        // The failing generator's first files, and all of the other one's, reach the staging folder before it throws.
        var failure = Assert.ThrowsExactly<InvalidOperationException>(() => Build(new Pages("page", 40, "second"), new Pages("broken", 30, "second", failAfter: 20)));

        Assert.AreEqual("The 'broken' output failed: page 20 of broken could not be rendered", failure.Message);
        CollectionAssert.AreEqual(before.Keys.ToList(), Snapshot(Output).Keys.ToList());
        foreach (var (path, bytes) in Snapshot(Output))
        {
            CollectionAssert.AreEqual(before[path], bytes, path);
        }

        CollectionAssert.AreEquivalent(new[] { "content", "public" }, Directory.GetDirectories(fixture.Root).Select(Path.GetFileName).ToArray(),
            "the staging folder, which was the kept previous output, is gone");
    }

    [TestMethod]
    public void AFailedWriteStopsTheBuildWithTheWritersOwnException()
    {
        var snapshot = SiteBuilder.Compute(fixture.Check().Content!, ContentFixture.Now);
        var builder = new SiteBuilder([new Pages("a", 1000, "x"), new Pages("b", 1000, "x")]);
        var written = 0;

        // A full disk stays an I/O error (exit 3), not a generator's failure (exit 70).
        Assert.ThrowsExactly<IOException>(() => builder.Render(snapshot, _ =>
        {
            if (Interlocked.Increment(ref written) == 10)
            {
                throw new IOException("No space left on device");
            }
        }));
        Assert.IsLessThan(2000, written, "the generators stop instead of making every file");
    }

    [TestMethod]
    public void ReportsTheGeneratorThatFailedNotTheOnesItStopped()
    {
        var snapshot = SiteBuilder.Compute(fixture.Check().Content!, ContentFixture.Now);
        var builder = new SiteBuilder([new Pages("fine", 5, "x"), new Pages("long", 100_000, "x"), new Pages("broken", 5, "x", failAfter: 0)]);

        var failure = Assert.ThrowsExactly<InvalidOperationException>(() => builder.Render(snapshot));

        Assert.AreEqual("The 'broken' output failed: page 0 of broken could not be rendered", failure.Message);
    }

    [TestMethod]
    public void TheStreamedBuildWritesExactlyTheFilesTheInMemoryRenderHolds()
    {
        IOutputGenerator[] generators = [new FeedGenerator(), new StatuspageApiGenerator(), new SitemapGenerator(), new Pages("page", 600, "x")];
        fixture.With("incidents/2026-11-10-api.md", """
            ---
            title: API errors
            started: 2026-11-10 09:00
            resolved: 2026-11-10 10:20
            impact: major
            components:
              api: major_outage
            ---

            ## 2026-11-10 10:20 Resolved
            Fixed.

            ## 2026-11-10 09:00 Investigating
            We are looking into errors on the API.
            """);

        var result = new SiteBuilder(generators).Build(new BuildOptions(fixture.Content, Output, ContentFixture.Now), fixture.Root);
        var inMemory = new SiteBuilder(generators).Render(SiteBuilder.Compute(fixture.Check().Content!, ContentFixture.Now));

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics));
        CollectionAssert.AreEqual(inMemory.Select(f => f.Path).ToList(), result.Paths.ToList());
        var written = Snapshot(Output);
        CollectionAssert.AreEqual(inMemory.Select(f => f.Path).ToList(), written.Keys.ToList());
        foreach (var file in inMemory)
        {
            CollectionAssert.AreEqual(file.Bytes, written[file.Path], file.Path);
        }
    }

    private void Build(params IOutputGenerator[] generators)
    {
        var result = new SiteBuilder(generators).Build(new BuildOptions(fixture.Content, Output, ContentFixture.Now), fixture.Root);
        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Numbered pages under its own folder, rendered lazily like the theme's; optionally failing at one of them.</summary>
    private sealed class Pages(string name, int count, string text, int? failAfter = null) : IOutputGenerator
    {
        public string Name => name;

        public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot) => ParallelWork.InOrder(count, i => i == failAfter
            ? throw new InvalidDataException($"page {i} of {name} could not be rendered")
            : OutputFile.Text($"{name}/{i:D4}/index.html", $"{text} {i}", MediaTypes.Html), window: 8);
    }
}
