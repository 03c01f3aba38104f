namespace StatusGen.Cli.Tests;

[TestClass]
public sealed class CheckCommandTests
{
    [TestMethod]
    public void SucceedsOnValidContent()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

        var run = cli.Run("check", "--content", "content");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("content: no errors\n", run.Output);
        Assert.AreEqual("", run.Error);
    }

    [TestMethod]
    public void AcceptsEveryLanguageTheThemeTranslatesAndRejectsOthers()
    {
        using var cli = new CliHarness();
        foreach (var language in new[] { "de", "fr", "ja", "pt-BR" })
        {
            cli.Write("content/site.yml", CliHarness.SiteYml.Replace("language: en", $"language: {language}", StringComparison.Ordinal));
            Assert.AreEqual(0, cli.Run("check").ExitCode, language);
        }

        cli.Write("content/site.yml", CliHarness.SiteYml.Replace("language: en", "language: tlh", StringComparison.Ordinal));
        var run = cli.Run("check");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.ErrorLines[0], "content/site.yml:3:11: error SG0102: language 'tlh' is not supported by the theme", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ExitsWithOneAndPrintsEachErrorAsPathLineAndColumn()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident.Replace("api: major_outage", "ap: major_outage", StringComparison.Ordinal));

        var run = cli.Run("check");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(
            new[]
            {
                "content/incidents/2026-11-10-api.md:6:3: error SG0201: unknown component 'ap' (did you mean 'api'?)",
                "1 error, 0 warnings",
            },
            run.ErrorLines);
    }

    [TestMethod]
    public void PrintsGitHubAnnotationsOnStandardOutput()
    {
        using var cli = new CliHarness()
            .Write("content/incidents/2026-11-10-api.md", CliHarness.Incident.Replace("api: major_outage", "ap: major_outage", StringComparison.Ordinal))
            .Write("content/incidents/notes.txt", "");

        var run = cli.Run("check", "--format", "github");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        Assert.AreEqual(
            "::error file=content/incidents/2026-11-10-api.md,line=6,col=3,title=SG0201::SG0201: unknown component 'ap' (did you mean 'api'?)\n"
            + "::warning file=content/incidents/notes.txt,line=1,col=1,title=SG0014::SG0014: 'notes.txt' is not a .md file and is ignored (move it out of incidents/, or rename it to YYYY-MM-DD-slug.md if it is content)\n",
            run.Output);
    }

    [TestMethod]
    public void WarningsAloneDoNotFailTheCheck()
    {
        using var cli = new CliHarness().Write("content/incidents/notes.txt", "");

        var run = cli.Run("check");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("0 errors, 1 warning", run.ErrorLines[^1]);
    }

    [TestMethod]
    public void TakesTheBuildsTimeFromSourceDateEpochUnlessNowIsGiven()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);
        cli.Environment["SOURCE_DATE_EPOCH"] = new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var fromEpoch = cli.Run("check");
        var fromNow = cli.Run("check", "--now", "2026-11-11T00:00:00Z");

        Assert.AreEqual(1, fromEpoch.ExitCode, fromEpoch.ToString());
        Assert.AreEqual("content/incidents/2026-11-10-api.md:4:11: error SG0207: 'resolved' is after the build's time (2026-11-10 09:30) (set 'resolved' only once the incident is over; leave it out while it is ongoing)", fromEpoch.ErrorLines[0]);
        Assert.AreEqual(0, fromNow.ExitCode, fromNow.ToString());
    }

    [TestMethod]
    public void ExitsWithTwoForAMalformedNow()
    {
        using var cli = new CliHarness();

        var run = cli.Run("check", "--now", "2026-11-10");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: --now '2026-11-10' is not an ISO 8601 timestamp with an offset; write it like 2026-11-10T09:15:00Z or 2026-11-10T10:15:00+01:00.\n", run.Error);
    }

    [TestMethod]
    public void ExitsWithTwoForAMalformedSourceDateEpoch()
    {
        using var cli = new CliHarness();
        cli.Environment["SOURCE_DATE_EPOCH"] = "yesterday";

        var run = cli.Run("check");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: SOURCE_DATE_EPOCH 'yesterday' is not a whole number of seconds since 1970-01-01T00:00:00Z.\n", run.Error);
    }

    [TestMethod]
    public void ExitsWithTwoForAContentFolderThatDoesNotExist()
    {
        using var cli = new CliHarness();

        var run = cli.Run("check", "--content", "nope");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: the content folder 'nope' does not exist; pass the folder holding site.yml with --content, or start one with 'statusgen init'.\n", run.Error);
    }

    [TestMethod]
    [DataRow("update|api-errors|--status|Identified|-m|A bad deploy.")]
    [DataRow("resolve|api-errors|-m|A bad deploy; rolled back.")]
    [DataRow("uptime")]
    [DataRow("serve|--port|0")]
    public void EveryCommandReadingContentSaysTheSameWhenTheFolderDoesNotExist(string command)
    {
        using var cli = new CliHarness();

        var run = cli.Run([.. command.Split('|'), "--content", "nope"]);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual("statusgen: the content folder 'nope' does not exist; pass the folder holding site.yml with --content, or start one with 'statusgen init'.\n", run.Error);
    }
}
