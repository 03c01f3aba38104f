namespace StatusGen.Cli.Tests.Workflow;

/// <summary>The communication lint as users meet it: warnings from 'check', errors with --strict.</summary>
[TestClass]
public sealed class CheckLintTests
{
    private WorkflowSite site = null!;

    [TestInitialize]
    public void CreateSite() => site = new WorkflowSite();

    [TestCleanup]
    public void DeleteSite() => site.Dispose();

    // 12:00 in Berlin: the newest update (09:50) is 2 h 10 min old.
    private const string Later = "2026-11-10T11:00:00Z";

    [TestMethod]
    public void WarnsAboutAStaleIncidentAtItsNewestUpdateHeading()
    {
        var (exit, _, error) = site.Run("check", "--now", Later);

        Assert.AreEqual(0, exit, error);
        StringAssert.Contains(error, "content/incidents/2026-11-10-api-errors.md:14:1: warning SG0501: ongoing incident '2026-11-10-api-errors' was last updated 2 h 10 min ago (at 2026-11-10 09:50)", StringComparison.Ordinal);
    }

    [TestMethod]
    public void StrictMakesTheWarningAnError()
    {
        var (exit, _, error) = site.Run("check", "--now", Later, "--strict");

        Assert.AreEqual(1, exit);
        StringAssert.Contains(error, "error SG0501", StringComparison.Ordinal);
    }

    [TestMethod]
    public void AnnotatesPullRequestsInGitHubFormat()
    {
        var (_, output, _) = site.Run("check", "--now", Later, "--format", "github");

        StringAssert.Contains(output, "::warning file=content/incidents/2026-11-10-api-errors.md,line=14,col=1,title=SG0501::SG0501: ongoing incident", StringComparison.Ordinal);
    }

    [TestMethod]
    public void IsQuietWhenTheIncidentWasUpdatedInTime()
    {
        var (exit, _, error) = site.Run("check", "--now", WorkflowSite.Now, "--strict");

        Assert.AreEqual(0, exit, error);
        Assert.AreEqual("", error);
    }

    [TestMethod]
    public void TakesTheCadenceFromSiteYml()
    {
        site.Write("content/site.yml", WorkflowSite.SiteYml + "\nlint:\n  updateCadenceMinutes: 180\n");

        var (exit, _, error) = site.Run("check", "--now", Later, "--strict");

        Assert.AreEqual(0, exit, error);
    }
}
