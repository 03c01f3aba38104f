namespace StatusGen.Cli.Tests;

[TestClass]
public sealed class BuildCommandTests
{
    [TestMethod]
    public void BuildsTheSiteIntoTheOutputFolder()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

        var run = cli.Run("build", "--content", "content", "--output", "public");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.StartsWith("Wrote ", run.Output);
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "public", "index.html")));
    }

    [TestMethod]
    public void TwoBuildsWithTheSameInputsAndTimeAreByteIdentical()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

        var first = cli.Run("build", "--output", "one", "--now", "2026-11-20T12:00:00Z");
        cli.Clock = cli.Clock.AddDays(3);
        cli.Environment["SOURCE_DATE_EPOCH"] = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var second = cli.Run("build", "--output", "two");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        CollectionAssert.AreEqual(cli.Tree("one"), cli.Tree("two"));
    }

    [TestMethod]
    public void AFailedBuildLeavesThePreviousOutputByteForByteUntouched()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);
        Assert.AreEqual(0, cli.Run("build").ExitCode);
        cli.Write("public/extra/kept.txt", "published by hand");
        var before = cli.Tree("public");
        cli.Write("content/incidents/2026-11-11-broken.md", "---\ntitle: Broken\n");

        var run = cli.Run("build");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(
            new[]
            {
                "content/incidents/2026-11-11-broken.md:1:1: error SG0006: the front matter opened here is never closed (add a line '---' after the last front matter key)",
                "1 error, 0 warnings",
                "Build failed; 'public' was left as it was.",
            },
            run.ErrorLines);
        CollectionAssert.AreEqual(before, cli.Tree("public"));
        Assert.HasCount(1, Directory.GetDirectories(cli.Root).Where(d => Path.GetFileName(d).Contains("public", StringComparison.Ordinal)));
    }
}
