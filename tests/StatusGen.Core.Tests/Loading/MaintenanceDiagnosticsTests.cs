namespace StatusGen.Tests.Loading;

[TestClass]
public sealed class MaintenanceDiagnosticsTests
{
    private const string Path = "content/maintenance/2026-11-25-db.md";

    private static void AssertLines(string maintenance, params string[] expected)
    {
        using var fixture = new ContentFixture().With("maintenance/2026-11-25-db.md", maintenance);
        Assert.AreEqual(string.Join("\n", expected), string.Join("\n", fixture.Lines()));
    }

    [TestMethod]
    public void ReportsUntilBeforeScheduled() => AssertLines(
        """
        ---
        title: Database upgrade
        scheduled: 2026-11-25 22:00
        until: 2026-11-25 21:00
        components: [api]
        ---
        """,
        $"{Path}:4:8: error SG0301: 'until' (2026-11-25 21:00) is not after 'scheduled' (2026-11-25 22:00) (check both times; 'until' is when the window ends)");

    [TestMethod]
    public void ReportsAnUnknownMaintenanceStatusAndComponent() => AssertLines(
        """
        ---
        title: Database upgrade
        scheduled: 2026-11-25 22:00
        until: 2026-11-26 01:00
        components:
          - api
          - wbe
          - api
        ---
        ## 2026-11-18 10:00 Sheduled
        Next week.
        ## 2026-11-18 11:00 in   progress
        Case and spaces do not matter.
        """,
        $"{Path}:7:5: error SG0201: unknown component 'wbe' (did you mean 'web'?)",
        $"{Path}:8:5: error SG0011: component 'api' is listed twice (remove one of the lines)",
        $"{Path}:10:21: error SG0302: unknown update status 'Sheduled' (did you mean 'Scheduled'?)");

    [TestMethod]
    public void ReportsAMaintenanceWithoutComponents() => AssertLines(
        "---\ntitle: Database upgrade\nscheduled: 2026-11-25 22:00\nuntil: 2026-11-26 01:00\n---\n",
        $"{Path}:1:1: error SG0303: the maintenance names no component (add 'components:' and below it a line per component, like '  - api')");
}
