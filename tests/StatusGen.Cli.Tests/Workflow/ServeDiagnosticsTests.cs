using System.Globalization;
using System.Net;
using StatusGen.Cli.Serving;

namespace StatusGen.Cli.Tests.Workflow;

/// <summary>What `serve` prints on stderr across rebuilds: everything once, then only what appeared or went away.</summary>
[TestClass]
public sealed class ServeDiagnosticsTests
{
    private CliHarness cli = null!;
    private StringWriter error = null!;
    private PreviewServer server = null!;

    [TestInitialize]
    public void CreateServer()
    {
        cli = new CliHarness();
        for (var day = 1; day <= 7; day++)
        {
            cli.Write($"content/incidents/2026-11-0{day}-blip.md", WarningGroupingTests.Blip(day, "api"));
        }

        error = new StringWriter { NewLine = "\n" };
        var builder = new PreviewBuilder(Path.Combine(cli.Root, "content"), cli.Root, () => DateTimeOffset.Parse("2026-11-20T12:00:00Z", CultureInfo.InvariantCulture));
        server = new PreviewServer(builder, IPAddress.Loopback, 0, TextWriter.Null, error);
    }

    [TestCleanup]
    public async Task DeleteServer()
    {
        await server.DisposeAsync();
        cli.Dispose();
    }

    [TestMethod]
    public void PrintsTheFirstBuildLikeBuildDoes()
    {
        server.Rebuild();

        Assert.AreEqual(WarningGroupingTests.Warning(1), Lines()[0]);
        Assert.AreEqual("0 errors, 7 warnings", Lines()[^1]);
        Assert.HasCount(7, Lines(), error.ToString());
    }

    [TestMethod]
    public void PrintsOnlyWhatChangedOnARebuild()
    {
        server.Rebuild();
        error.GetStringBuilder().Clear();
        cli.Write("content/incidents/2026-11-02-blip.md", WarningGroupingTests.Blip(2, "api").Replace(
            "09:20 Investigating\nSlow responses.",
            "09:20 Resolved\nA full disk slowed the database down; we freed space and every request is fast again.",
            StringComparison.Ordinal));
        cli.Write("content/incidents/2026-11-08-blip.md", WarningGroupingTests.Blip(8, "api"));

        server.Rebuild();

        CollectionAssert.AreEqual(
            new[]
            {
                WarningGroupingTests.Warning(8),
                "fixed: " + WarningGroupingTests.Warning(2),
                "0 errors, 7 warnings (1 new, 1 fixed since the last build)",
            },
            Lines(),
            error.ToString());
    }

    [TestMethod]
    public void SaysSoWhenNothingChanged()
    {
        server.Rebuild();
        error.GetStringBuilder().Clear();

        server.Rebuild();

        CollectionAssert.AreEqual(new[] { "0 errors, 7 warnings, unchanged since the last build" }, Lines(), error.ToString());
    }

    [TestMethod]
    public void DoesNotReportAWarningAgainWhenAnEditMovesIt()
    {
        server.Rebuild();
        error.GetStringBuilder().Clear();
        cli.Write("content/incidents/2026-11-03-blip.md", WarningGroupingTests.Blip(3, "api").Replace("---\ntitle", "---\n# two lines more\n#\ntitle", StringComparison.Ordinal));
        StringAssert.StartsWith(cli.Read("content/incidents/2026-11-03-blip.md"), "---\n# two lines more\n", StringComparison.Ordinal);

        server.Rebuild();

        CollectionAssert.AreEqual(new[] { "0 errors, 7 warnings, unchanged since the last build" }, Lines(), error.ToString());
    }

    private string[] Lines() => error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
