using AngleSharp.Dom;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests.Pages;

/// <summary>
/// The bounded home page (docs/theme.md, "Weight"): per-component bars while they fit, one site-wide row on a large,
/// busy site, and under 60 KB with everything it loads at 10,000 incidents on 100 components.
/// </summary>
[TestClass]
public sealed class HomeWeightTests
{
    // 10,000 incidents over two years on 100 components: about 14 a day. Only the home page is rendered.
    private static readonly Lazy<GeneratedSite> Large = new(() => GeneratedSite.HomeOnly(Sites.Dense(10_000, 100).Build()));

    [TestMethod]
    public void HomePageWithEverythingItLoadsStaysUnder60KilobytesWithTenThousandIncidentsOnAHundredComponents()
    {
        var weight = SiteWideTests.HomeWeight(Large.Value);

        Assert.IsLessThanOrEqualTo(60 * 1024, weight, $"home page and its assets weigh {weight} bytes");
    }

    [TestMethod]
    public void LargeBusySiteShowsOneSiteWideRowAndNoBarsPerComponent()
    {
        var home = Large.Value.Home;

        var rows = home.QuerySelectorAll("main ol.bars");
        Assert.HasCount(1, rows, "one site-wide row, no per-component bars");
        Assert.AreEqual("All components: daily status over the last 90 days", rows[0].GetAttribute("aria-label"));
        Assert.AreEqual(90, Days(rows[0]), "every day of the window is drawn");

        // Yesterday: incidents on several components; the worst of them colours the day, and the day links into the history.
        var yesterday = rows[0].QuerySelectorAll("li").Single(li => li.TextContent.StartsWith("21 Nov:", StringComparison.Ordinal));
        Assert.AreEqual("s-mo", yesterday.ClassName);
        Assert.MatchesRegex(@"^21 Nov: Major outage, \d+ incidents$", yesterday.TextContent);
        StringAssert.StartsWith(yesterday.QuerySelector("a")!.GetAttribute("href"), "history/", StringComparison.Ordinal);
        Assert.AreEqual(yesterday.TextContent, yesterday.QuerySelector("span")!.TextContent, "the day's words are in the visually hidden text");
    }

    [TestMethod]
    public void LargeBusySiteListsEveryComponentWithStatusUptimeAndALinkToItsPage()
    {
        var home = Large.Value.Home;

        var rows = home.QuerySelectorAll("main .comp:not(.site)");
        Assert.HasCount(100, rows);
        var first = rows[0];
        Assert.AreEqual("components/svc-001/", first.QuerySelector("a.name")!.GetAttribute("href"));
        Assert.MatchesRegex(@"^Service 001(Operational|Degraded performance|Partial outage|Major outage) · \d+\.\d\d%$", first.TextContent);
        Assert.IsNull(first.QuerySelector("ol"));
    }

    [TestMethod]
    public void ComponentPagesOfALargeBusySiteKeepTheirBars()
    {
        var site = new GeneratedSite(Sites.Dense(1_500, 30).Build());

        Assert.HasCount(1, site.Home.QuerySelectorAll("main ol.bars"), "the home page shows the site-wide row");
        var page = site.Page("components/svc-007/index.html");
        var bars = page.QuerySelector("main ol.bars")!;
        Assert.AreEqual("Service 007: daily status over the last 90 days", bars.GetAttribute("aria-label"));
        Assert.AreEqual(90, Days(bars));
    }

    [TestMethod]
    public void SiteOfFiveComponentsWithAnIncidentADayKeepsBarsForEachComponent()
    {
        var home = new GeneratedSite(Sites.Many(2000).Build()).Home;

        Assert.IsNull(home.QuerySelector(".comp.site"));
        Assert.HasCount(5, home.QuerySelectorAll("main .comp ol.bars"));
    }

    private static int Days(IElement bars) =>
        bars.QuerySelectorAll("li").Sum(li => int.TryParse(li.GetAttribute("style")?.Replace("--n:", "", StringComparison.Ordinal), out var n) ? n : 1);
}
