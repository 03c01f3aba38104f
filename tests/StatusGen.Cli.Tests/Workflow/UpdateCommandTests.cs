namespace StatusGen.Cli.Tests.Workflow;

[TestClass]
public sealed class UpdateCommandTests
{
    private WorkflowSite site = null!;

    [TestInitialize]
    public void CreateSite() => site = new WorkflowSite();

    [TestCleanup]
    public void DeleteSite() => site.Dispose();

    [TestMethod]
    public void AddsAnUpdateAndAComponentChangeAndPrintsThem()
    {
        var (exit, output, error) = site.Run("update", "api-err", "--status", "Monitoring", "--message", "Errors are down; watching.", "--component", "api=degraded_performance", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        Assert.AreEqual(
            "Updated content/incidents/2026-11-10-api-errors.md:\n  added '## 2026-11-10 10:30 Monitoring' update\n  api: partial_outage -> degraded_performance from 2026-11-10 10:30\n",
            output.ReplaceLineEndings("\n"));
        var text = site.Read("content/incidents/2026-11-10-api-errors.md");
        StringAssert.Contains(text, "    2026-11-10 09:40: partial_outage\n    2026-11-10 10:30: degraded_performance\n---", StringComparison.Ordinal);
        StringAssert.Contains(text, "We are sorry.\n\n## 2026-11-10 10:30 Monitoring\nErrors are down; watching.\n\n## 2026-11-10 09:50 Identified\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void TheEditedFileStillChecksClean()
    {
        site.Run("update", "2026-11-10-api-errors", "--status", "Update", "-m", "Still on it.", "--component", "web=operational", "--now", WorkflowSite.Now);

        var (exit, _, error) = site.Run("check", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
    }

    [TestMethod]
    public void KeepsWindowsLineEndings()
    {
        site.Write("content/incidents/2026-11-10-api-errors.md", WorkflowSite.OngoingIncident.ReplaceLineEndings("\r\n"));

        var (exit, _, error) = site.Run("update", "content/incidents/2026-11-10-api-errors.md", "--status", "Update", "-m", "Still on it.", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        var text = site.Read("content/incidents/2026-11-10-api-errors.md");
        Assert.AreEqual(0, text.Replace("\r\n", "", StringComparison.Ordinal).Count(c => c == '\n'));
        StringAssert.Contains(text, "## 2026-11-10 10:30 Update\r\nStill on it.\r\n\r\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void SuggestsTheStatusMeantForAMisspelledOne()
    {
        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Monitorng", "-m", "x", "--now", WorkflowSite.Now);

        Assert.AreEqual(2, exit);
        Assert.AreEqual("statusgen: --status 'Monitorng' is not an update status (did you mean 'Monitoring'?)\n", error.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void SuggestsTheComponentMeantForAMisspelledOne()
    {
        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Update", "-m", "x", "--component", "serch=major_outage", "--now", WorkflowSite.Now);

        Assert.AreEqual(2, exit);
        Assert.AreEqual("statusgen: --component: unknown component 'serch' (did you mean 'search'?)\n", error.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void SuggestsTheIncidentMeantForAMisspelledOne()
    {
        var before = site.Read("content/incidents/2026-11-10-api-errors.md");

        var (exit, _, error) = site.Run("update", "2026-11-10-api-erors", "--status", "Update", "-m", "x", "--now", WorkflowSite.Now);

        Assert.AreEqual(2, exit);
        Assert.AreEqual("statusgen: no incident '2026-11-10-api-erors' (did you mean '2026-11-10-api-errors'?)\n", error.ReplaceLineEndings("\n"));
        Assert.AreEqual(before, site.Read("content/incidents/2026-11-10-api-errors.md"));
    }

    [TestMethod]
    public void SuggestsTheIncidentMeantWhenTheNameWithoutItsDateIsMisspelled()
    {
        var (exit, _, error) = site.Run("update", "api-erors", "--status", "Update", "-m", "x", "--now", WorkflowSite.Now);

        Assert.AreEqual(2, exit);
        Assert.AreEqual("statusgen: no incident 'api-erors' (did you mean 'api-errors'?)\n", error.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void LeavesTheFileUntouchedWhenTheResultWouldNotLoad()
    {
        var before = site.Read("content/incidents/2026-11-10-api-errors.md");

        // 09:00 Berlin is before the incident started: the loader rejects the new update.
        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Update", "-m", "Too early.", "--now", "2026-11-10T08:00:00Z");

        Assert.AreEqual(1, exit);
        StringAssert.Contains(error, "error SG0404", StringComparison.Ordinal);
        StringAssert.Contains(error, "not changed, because the edit would give the errors above", StringComparison.Ordinal);
        Assert.AreEqual(before, site.Read("content/incidents/2026-11-10-api-errors.md"));
        Assert.HasCount(1, Directory.GetFiles(Path.GetDirectoryName(site.Incident)!), "no temporary file is left behind");
    }

    [TestMethod]
    public void SendsResolvingToTheResolveCommand()
    {
        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Resolved", "-m", "x", "--now", WorkflowSite.Now);

        Assert.AreEqual(2, exit);
        StringAssert.Contains(error, "statusgen resolve", StringComparison.Ordinal);
    }

    [TestMethod]
    public void AsksForMoreOfANameThatMatchesSeveralIncidents()
    {
        site.Write("content/incidents/2026-11-10-api-latency.md", WorkflowSite.OngoingIncident.Replace("Elevated error rates", "Latency", StringComparison.Ordinal));

        var (exit, _, error) = site.Run("update", "api", "--status", "Update", "-m", "x", "--now", WorkflowSite.Now);

        Assert.AreEqual(2, exit);
        Assert.AreEqual("statusgen: 'api' matches 2 incidents: 2026-11-10-api-errors, 2026-11-10-api-latency; give more of the name\n", error.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void ShowsTheErrorsOfAnIncidentFileThatCannotBeLoaded()
    {
        site.Write("content/incidents/2026-11-10-api-errors.md", WorkflowSite.OngoingIncident.Replace("impact: major", "impact: huge", StringComparison.Ordinal));

        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Update", "-m", "x", "--now", WorkflowSite.Now);

        Assert.AreEqual(1, exit);
        StringAssert.Contains(error, "content/incidents/2026-11-10-api-errors.md:4:9: error SG0203: unknown impact 'huge'", StringComparison.Ordinal);
        StringAssert.Contains(error, "An incident file with errors cannot be edited; fix the errors above first.", StringComparison.Ordinal);
    }
}
