namespace StatusGen.Cli.Tests;

/// <summary><c>statusgen build --incremental</c>: files whose bytes did not change keep their modification time.</summary>
[TestClass]
public sealed class IncrementalBuildCommandTests
{
    private const string Now = "2026-11-20T12:00:00Z";
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void KeepsTheTimesOfUnchangedFilesAndGivesChangedFilesNewOnes()
    {
        using var cli = Built();

        var run = cli.Run("build", "--now", Now, "--incremental");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(cli.Root, "public", "robots.txt")));
        Assert.AreNotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(cli.Root, "public", "incidents", "2026-11-10-api", "index.html")));
    }

    [TestMethod]
    public void WritesTheSameBytesAsABuildWithoutIt()
    {
        using var cli = Built();

        Assert.AreEqual(0, cli.Run("build", "--now", Now, "--incremental").ExitCode);
        Assert.AreEqual(0, cli.Run("build", "--now", Now, "--output", "clean").ExitCode);

        CollectionAssert.AreEqual(cli.Tree("clean"), cli.Tree("public"));
    }

    [TestMethod]
    public void WithoutItEveryFileIsWrittenAnew()
    {
        using var cli = Built();

        Assert.AreEqual(0, cli.Run("build", "--now", Now).ExitCode);

        Assert.AreNotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(cli.Root, "public", "robots.txt")));
    }

    /// <summary>A site built once, every output file dated long ago, then the incident's title edited.</summary>
    private static CliHarness Built()
    {
        var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);
        Assert.AreEqual(0, cli.Run("build", "--now", Now).ExitCode);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(cli.Root, "public"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        cli.Write("content/incidents/2026-11-10-api.md", CliHarness.Incident.Replace("title: API errors", "title: API errors for signed requests", StringComparison.Ordinal));
        return cli;
    }
}
