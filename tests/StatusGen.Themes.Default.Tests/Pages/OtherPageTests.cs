using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests.Pages;

[TestClass]
public sealed class OtherPageTests
{
    private static readonly Lazy<GeneratedSite> Busy = new(() => new GeneratedSite(Sites.Busy().Build()));

    [TestMethod]
    public void ComponentPageShowsStatusUptimeWindowsMonthsAndItsIncidents()
    {
        var page = Busy.Value.Page("components/db/index.html");

        Assert.AreEqual("Database", page.QuerySelector("main h1")!.TextContent);
        CollectionAssert.AreEqual(
            new[] { "Last 7 days", "Last 30 days", "Last 90 days", "Last 365 days" },
            page.QuerySelectorAll("dl.facts dt").Select(d => d.TextContent).ToList());
        Assert.HasCount(12, page.QuerySelectorAll("table.data tbody tr"));
        Assert.AreEqual("2026-11", page.QuerySelector("table.data tbody th time")!.GetAttribute("datetime"), "newest month first");
        CollectionAssert.AreEqual(new[] { "Database outage" }, page.QuerySelectorAll("#incidents li > a").Select(a => a.TextContent).ToList());
    }

    [TestMethod]
    public void UptimePageIsATableOfEveryComponentByMonth()
    {
        var page = Busy.Value.Page("uptime/index.html");

        var table = page.QuerySelector("table.data")!;
        Assert.HasCount(13, table.QuerySelectorAll("thead th"), "component column and 12 months");
        CollectionAssert.AreEqual(
            new[] { "Website", "Web app", "Public API", "Database", "Email delivery" },
            table.QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList());
        Assert.AreEqual("No data", table.QuerySelectorAll("tbody tr")[3].QuerySelectorAll("td")[0].TextContent, "database tracked since October");
    }

    [TestMethod]
    public void MaintenancePageShowsWindowStateAndComponents()
    {
        var page = Busy.Value.Page("maintenance/2026-11-28-db-upgrade/index.html");

        var facts = page.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.AreEqual("Upcoming", facts["Maintenance"].TextContent);
        Assert.AreEqual("28 Nov 2026, 03:00 UTC+1", facts["Scheduled"].TextContent);
        Assert.AreEqual("2 h", facts["Duration"].TextContent);
        Assert.AreEqual("Database, Public API", facts["Affected components"].TextContent);
    }

    [TestMethod]
    public void HistoryGroupsIncidentsByMonthNewestFirst()
    {
        var page = Busy.Value.Page("history/index.html");

        CollectionAssert.AreEqual(
            new[] { "November 2026", "September 2026" },
            page.QuerySelectorAll("main section h2").Select(h => h.TextContent).ToList());
        Assert.HasCount(3, page.QuerySelectorAll("main section")[0].QuerySelectorAll("li > a"));
        Assert.IsNull(page.QuerySelector("nav.pages"), "one page needs no pagination");
    }
}
