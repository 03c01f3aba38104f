namespace StatusGen.Cli.Tests.Workflow;

[TestClass]
public sealed class ImportCommandTests
{
    private WorkflowSite site = null!;

    [TestInitialize]
    public void CreateSite() => site = new WorkflowSite();

    [TestCleanup]
    public void DeleteSite() => site.Dispose();

    private void WriteCstateSite()
    {
        site.Write("old/config.yml", "title: Old Status\nbaseURL: https://status.old.example\nparams:\n  systems:\n    - name: API\n      category: Core\n");
        site.Write("old/content/issues/2024-05-01-api-down.md", "---\ntitle: API down\ndate: 2024-05-01 10:00:00\nresolved: true\nresolvedWhen: 2024-05-01 11:00:00\nseverity: down\naffected:\n  - API\n  - Billing\n---\n\n*Resolved* - A failed disk; we replaced it and restored the data. {{< track \"2024-05-01 11:00:00\" >}}\n\n*Investigating* - The API is down. {{< track \"2024-05-01 10:05:00\" >}}\n");
    }

    [TestMethod]
    public void ImportsACstateSiteIntoAnEmptyFolderAndChecksIt()
    {
        WriteCstateSite();

        var (exit, output, error) = site.Run("import", "cstate", "old", "--content", "new", "--now", "2024-06-01T00:00:00Z");

        Assert.AreEqual(0, exit, error);
        StringAssert.Contains(output, "Imported 1 incident, 0 maintenance windows and 2 components into new: 2 files written, 0 unchanged.", StringComparison.Ordinal);
        StringAssert.Contains(output, "Checked new: no errors.", StringComparison.Ordinal);
        StringAssert.Contains(error, "old/content/issues/2024-05-01-api-down.md:9:5: warning SG0601: 'Billing' is not a system in config.yml", StringComparison.Ordinal);
        StringAssert.Contains(site.Read("new/incidents/2024-05-01-api-down.md"), "  billing: major_outage\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void KeepsAnExistingSiteYmlAndRefusesToOverwriteEditedIncidents()
    {
        WriteCstateSite();
        site.Run("import", "cstate", "old", "--content", "new", "--now", "2024-06-01T00:00:00Z");
        site.Write("new/incidents/2024-05-01-api-down.md", site.Read("new/incidents/2024-05-01-api-down.md") + "\nEdited.\n");

        var (exit, _, error) = site.Run("import", "cstate", "old", "--content", "new", "--now", "2024-06-01T00:00:00Z");

        Assert.AreEqual(1, exit);
        StringAssert.Contains(error, "incidents/2024-05-01-api-down.md; nothing was written. Pass --force to overwrite them.", StringComparison.Ordinal);
        Assert.AreEqual(0, site.Run("import", "cstate", "old", "--content", "new", "--now", "2024-06-01T00:00:00Z", "--force").Exit);
    }

    [TestMethod]
    public void RejectsASourceThatIsNotAFolder()
    {
        var (exit, _, error) = site.Run("import", "statuspage", "missing", "--content", "new");

        Assert.AreEqual(2, exit);
        Assert.AreEqual("statusgen: 'missing' is not a folder\n", error.ReplaceLineEndings("\n"));
    }
}
