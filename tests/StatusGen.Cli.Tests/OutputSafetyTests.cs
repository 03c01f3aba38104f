namespace StatusGen.Cli.Tests;

/// <summary>`build --output` may never point where publishing would move or delete the content or the project.</summary>
[TestClass]
public sealed class OutputSafetyTests
{
    [TestMethod]
    public void BuildingTwiceIntoTheIncidentsFolderIsRefusedAndDeletesNothing()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);
        var before = cli.Tree("content");

        var first = cli.Run("build", "--output", "content/incidents");
        var second = cli.Run("build", "--output", "content/incidents");

        Assert.AreEqual(2, first.ExitCode, first.ToString());
        Assert.AreEqual(2, second.ExitCode, second.ToString());
        var output = Path.Combine(cli.Root, "content", "incidents");
        var content = Path.Combine(cli.Root, "content");
        Assert.AreEqual(
            $"statusgen: --output 'content/incidents' ({output}) lies inside the content folder ({content}); the build replaces the whole output folder, so it must be a folder of its own outside the content, e.g. --output public\n",
            second.Error);
        CollectionAssert.AreEqual(before, cli.Tree("content"));
    }

    [TestMethod]
    [DataRow("content", "is the content folder")]
    [DataRow("content/", "is the content folder")]
    [DataRow(".", "is the working folder")]
    [DataRow("..", "contains the working folder")]
    [DataRow("/", "contains the working folder")]
    public void RefusesAnOutputThatWouldMoveTheContentOrTheProject(string output, string reason)
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);
        var before = cli.Tree("content");

        var run = cli.Run("build", "--output", output);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.Error, $"statusgen: --output '{output}' (", StringComparison.Ordinal);
        StringAssert.Contains(run.Error, $") {reason} (", StringComparison.Ordinal);
        CollectionAssert.AreEqual(before, cli.Tree("content"));
        Assert.IsFalse(Directory.EnumerateDirectories(Path.GetDirectoryName(cli.Root)!, $".{Path.GetFileName(cli.Root)}.*").Any(), "nothing was moved aside");
    }

    [TestMethod]
    public void RefusesAnEmptyOutput()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

        var run = cli.Run("build", "--output", "");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual("statusgen: --output is empty; name a folder of its own for the site, e.g. --output public\n", run.Error);
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "content", "site.yml")));
    }

    [TestMethod]
    public void RefusesAParentOfTheContentFolder()
    {
        using var cli = new CliHarness().Write("site/content/incidents/2026-11-10-api.md", CliHarness.Incident).Write("site/content/site.yml", CliHarness.SiteYml);

        var run = cli.Run("build", "--content", "site/content", "--output", "site");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"({Path.Combine(cli.Root, "site")}) contains the content folder ({Path.Combine(cli.Root, "site", "content")})", StringComparison.Ordinal);
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "site", "content", "incidents", "2026-11-10-api.md")));
    }

    [TestMethod]
    public void SeesThroughASymbolicLinkToTheContentFolder()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);
        Directory.CreateSymbolicLink(Path.Combine(cli.Root, "alias"), Path.Combine(cli.Root, "content"));
        var before = cli.Tree("content");

        var run = cli.Run("build", "--output", "alias/incidents");
        var again = cli.Run("build", "--output", "alias/incidents");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual(2, again.ExitCode, again.ToString());
        StringAssert.Contains(run.Error, $"lies inside the content folder ({Path.Combine(cli.Root, "content")})", StringComparison.Ordinal);
        CollectionAssert.AreEqual(before, cli.Tree("content"));
    }

    [TestMethod]
    public void AcceptsASiblingOfTheContentFolderAndAFolderFurtherAway()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

        var sibling = cli.Run("build", "--output", "public");
        var nested = cli.Run("build", "--output", "out/site/public");

        Assert.AreEqual(0, sibling.ExitCode, sibling.ToString());
        Assert.AreEqual(0, nested.ExitCode, nested.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "out", "site", "public", "index.html")));
    }
}
