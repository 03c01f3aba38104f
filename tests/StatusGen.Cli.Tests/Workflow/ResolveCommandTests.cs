namespace StatusGen.Cli.Tests.Workflow;

[TestClass]
public sealed class ResolveCommandTests
{
    private WorkflowSite site = null!;

    [TestInitialize]
    public void CreateSite() => site = new WorkflowSite();

    [TestCleanup]
    public void DeleteSite() => site.Dispose();

    [TestMethod]
    public void AddsTheResolvedUpdateAndSetsResolvedAfterStarted()
    {
        var (exit, output, error) = site.Run("resolve", "api-errors", "-m", "A bad deploy overloaded the database; we rolled it back.", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        var text = site.Read("content/incidents/2026-11-10-api-errors.md");
        StringAssert.Contains(text, "started: 2026-11-10T09:15:00+01:00   # first alert\nresolved: 2026-11-10 10:30\nimpact: major\n", StringComparison.Ordinal);
        StringAssert.Contains(text, "We are sorry.\n\n## 2026-11-10 10:30 Resolved\nA bad deploy overloaded the database; we rolled it back.\n\n## 2026-11-10 09:50 Identified", StringComparison.Ordinal);
        StringAssert.Contains(output, "added resolved: 2026-11-10 10:30", StringComparison.Ordinal);
        Assert.AreEqual(0, site.Run("check", "--now", WorkflowSite.Now).Exit);
    }

    [TestMethod]
    public void RefusesToResolveAnIncidentTwice()
    {
        site.Run("resolve", "api-errors", "-m", "Fixed the deploy.", "--now", WorkflowSite.Now);
        var after = site.Read("content/incidents/2026-11-10-api-errors.md");

        var (exit, _, error) = site.Run("resolve", "api-errors", "-m", "Again.", "--now", "2026-11-10T10:00:00Z");

        Assert.AreEqual(2, exit);
        StringAssert.Contains(error, "statusgen: '2026-11-10-api-errors' is already resolved (at 2026-11-10 10:30)", StringComparison.Ordinal);
        Assert.AreEqual(after, site.Read("content/incidents/2026-11-10-api-errors.md"));
    }

    [TestMethod]
    public void AllowsAPostmortemAfterTheResolution()
    {
        site.Run("resolve", "api-errors", "-m", "Fixed the deploy.", "--now", WorkflowSite.Now);

        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Postmortem", "-m", "What happened, and what we changed.", "--now", "2026-11-12T09:00:00Z");

        Assert.AreEqual(0, exit, error);
        StringAssert.Contains(site.Read("content/incidents/2026-11-10-api-errors.md"), "We are sorry.\n\n## 2026-11-12 10:00 Postmortem\n", StringComparison.Ordinal);
    }
}
