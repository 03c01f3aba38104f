namespace StatusGen.Tests.Loading;

/// <summary>Dates outside the supported range are diagnostics, never an overflow during a build.</summary>
[TestClass]
public sealed class TimeRangeTests
{
    private const string Range = "outside the dates StatusGen supports (1900-01-01 to 8999-12-31 (UTC)) (check the year)";

    private const string Valid = "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n## 2026-11-10 09:20 Investigating\nLooking into it.\n";

    [TestMethod]
    public void ReportsAComponentSinceYearOne()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml.Replace("    group: Platform", "    group: Platform\n    since: 0001-01-01", StringComparison.Ordinal));

        Assert.AreEqual($"content/site.yml:9:12: error SG0409: '0001-01-01' is {Range}", fixture.Lines().Single());
    }

    [TestMethod]
    [DataRow("started: 0001-01-01 00:00", 3, 10, "0001-01-01 00:00")]
    [DataRow("started: 0001-01-01T00:00:00+01:00", 3, 10, "0001-01-01T00:00:00+01:00")]
    [DataRow("started: 1899-12-31 23:59", 3, 10, "1899-12-31 23:59")]
    public void ReportsAStartInYearOneInAZoneAheadOfUtc(string started, int line, int column, string text)
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", Valid.Replace("started: 2026-11-10 09:15", started, StringComparison.Ordinal));

        Assert.AreEqual($"content/incidents/2026-11-10-api.md:{line}:{column}: error SG0409: '{text}' is {Range}", fixture.Lines().First(l => l.Contains("SG0409", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ReportsAnUpdateInYear9999()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", Valid + "## 9999-12-31 23:59 Update\nLater.\n");

        Assert.AreEqual($"content/incidents/2026-11-10-api.md:9:4: error SG0409: '9999-12-31 23:59' is {Range}", fixture.Lines().Single());
    }
}
