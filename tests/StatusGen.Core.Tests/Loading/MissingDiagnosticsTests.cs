namespace StatusGen.Tests.Loading;

/// <summary>Diagnostics that were missing or pointed at the wrong place (issue 10).</summary>
[TestClass]
public sealed class MissingDiagnosticsTests
{
    private const string Valid = "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n## 2026-11-10 09:20 Investigating\nLooking into it.\n";

    private static string[] Lines(string incident)
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", incident);
        return fixture.Lines();
    }

    [TestMethod]
    public void ReportsATabUsedAsIndentationOnItsOwnLine()
    {
        var line = Lines(Valid.Replace("  api: major_outage", "\tapi: major_outage", StringComparison.Ordinal)).Single();

        Assert.AreEqual("content/incidents/2026-11-10-api.md:5:1: error SG0020: a tab is used for indentation; YAML indents with spaces only (replace the tab with spaces)", line);
    }

    [TestMethod]
    public void ReportsAnAliasAtTheAliasNotAtTheAnchor()
    {
        var line = Lines(Valid.Replace("title: API errors", "title: *a", StringComparison.Ordinal).Replace("components:", "x: &a [1]\ncomponents:", StringComparison.Ordinal)).First();

        Assert.AreEqual("content/incidents/2026-11-10-api.md:2:8: error SG0019: the alias '*a' is not supported in content files (write the value out in full here)", line);
    }

    [TestMethod]
    [DataRow("\"\"")]
    [DataRow("''")]
    [DataRow("~")]
    public void ReportsAnEmptyComponentIdInAnIncident(string key)
    {
        var line = Lines(Valid.Replace("  api: major_outage", $"  {key}: major_outage", StringComparison.Ordinal)).First();

        Assert.AreEqual("content/incidents/2026-11-10-api.md:5:3: error SG0212: the component id is empty (write the id of a component from site.yml here)", line);
    }

    [TestMethod]
    public void ReportsAnEmptyComponentIdInAMaintenance()
    {
        using var fixture = new ContentFixture().With("maintenance/2026-11-25-db.md", "---\ntitle: DB\nscheduled: 2026-11-25 22:00\nuntil: 2026-11-26 01:00\ncomponents: [api, \"\"]\n---\nBrief.\n");

        Assert.AreEqual("content/maintenance/2026-11-25-db.md:5:19: error SG0212: the component id is empty (write the id of a component from site.yml here)", fixture.Lines().Single());
    }

    [TestMethod]
    public void ReportsATimelineEntryAfterTheBuildsTime()
    {
        var incident = Valid.Replace("  api: major_outage", "  api:\n    2026-11-10 09:15: major_outage\n    2026-12-20 10:00: operational", StringComparison.Ordinal);

        var line = Lines(incident).Single(l => l.Contains(" error ", StringComparison.Ordinal));

        Assert.AreEqual("content/incidents/2026-11-10-api.md:7:5: error SG0213: this status change of 'api' is after the build's time (2026-11-20 13:00) (record status changes only once they happened)", line);
    }
}
