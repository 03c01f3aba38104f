using AngleSharp.Dom;
using StatusGen.Model;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests.Pages;

[TestClass]
public sealed class HomePageTests
{
    [TestMethod]
    public void BannerSaysAllSystemsOperationalWhenNothingIsWrong()
    {
        var home = new GeneratedSite(Sites.Quiet().Build()).Home;

        var banner = home.QuerySelector("main .banner")!;
        Assert.AreEqual("All systems operational", banner.TextContent.Trim());
        Assert.AreEqual("#i-op", banner.QuerySelector("svg use")!.GetAttribute("href"), "the status has a shape, not only a colour");
        Assert.AreSame(banner, home.QuerySelector("main")!.Children.First(e => e.LocalName != "h1"), "the banner comes first");
    }

    [TestMethod]
    public void BannerNamesTheWorstCurrentStatus()
    {
        var home = new GeneratedSite(Sites.Busy().Build()).Home;

        Assert.AreEqual("Partial outage", home.QuerySelector("main .banner")!.TextContent.Trim());
        Assert.AreEqual("#i-po", home.QuerySelector("main .banner svg use")!.GetAttribute("href"));
    }

    [TestMethod]
    public void BannerSaysUnderMaintenanceWhenOnlyMaintenanceIsRunning()
    {
        var snapshot = Sites.Quiet().At(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero)).Build();

        var home = new GeneratedSite(snapshot).Home;

        Assert.AreEqual("Under maintenance", home.QuerySelector("main .banner")!.TextContent.Trim());
        Assert.AreEqual("Database upgrade", home.QuerySelector("#mnow ~ article h3")!.TextContent);
    }

    [TestMethod]
    public void ActiveIncidentShowsItsLatestUpdateSinceWhenAndForHowLong()
    {
        var home = new GeneratedSite(Sites.Busy().Build()).Home;

        var card = home.QuerySelectorAll("section[aria-labelledby=active] article").Single();
        Assert.AreEqual("Elevated error rates on the API", card.QuerySelector("h3")!.TextContent);
        Assert.AreEqual("incidents/2026-11-22-api-errors/", card.QuerySelector("h3 a")!.GetAttribute("href"));
        StringAssert.Contains(card.TextContent, "Monitoring", StringComparison.Ordinal);
        StringAssert.Contains(card.QuerySelector(".body")!.TextContent, "The rollback is complete", StringComparison.Ordinal);
        Assert.DoesNotContain("rate limiter", card.TextContent, "only the latest update is on the home page");

        var times = card.QuerySelectorAll("time").ToDictionary(t => t.GetAttribute("datetime")!, t => t.TextContent);
        Assert.AreEqual("2 h 45 min", times["PT2H45M"], "ongoing for 07:15 to 10:00 UTC");
        Assert.AreEqual("22 Nov 2026, 08:15 UTC+1", times["2026-11-22T07:15:00+00:00"], "started, in the site's time zone");
        Assert.AreEqual("22 Nov 2026, 10:40 UTC+1", times["2026-11-22T09:40:00+00:00"], "latest update");
    }

    [TestMethod]
    public void ComponentsAreListedByGroupWithTheirCurrentStatus()
    {
        var home = new GeneratedSite(Sites.Busy().Build()).Home;

        var groups = home.QuerySelectorAll("details.group").Select(g => g.QuerySelector("summary h3")!.TextContent).ToList();
        CollectionAssert.AreEqual(new[] { "Frontend", "Platform" }, groups);
        var api = Row(home, "Public API");
        Assert.AreEqual("Partial outage", api.QuerySelector(".st")!.TextContent);
        Assert.AreEqual("Operational", Row(home, "Website").QuerySelector(".st")!.TextContent);
        Assert.AreEqual("Under maintenance", Row(home, "Email delivery").QuerySelector(".st")!.TextContent);
    }

    [TestMethod]
    public void UptimeBarsTellEachDayInWordsWithThatDaysIncidentsLinked()
    {
        var home = new GeneratedSite(Sites.Busy().Build()).Home;

        var bars = Row(home, "Database").QuerySelector("ol.bars")!;
        Assert.AreEqual("Database: daily status over the last 90 days", bars.GetAttribute("aria-label"));
        var items = bars.QuerySelectorAll("li");
        var outageDay = items.Single(li => li.TextContent.StartsWith("18 Nov:", StringComparison.Ordinal));
        Assert.AreEqual("s-mo", outageDay.ClassName);
        StringAssert.StartsWith(outageDay.TextContent, "18 Nov: Major outage, ", StringComparison.Ordinal);
        Assert.AreEqual("incidents/2026-11-18-database-outage/", outageDay.QuerySelector("a")!.GetAttribute("href"));
        Assert.AreEqual("Database outage", outageDay.QuerySelector("a")!.TextContent);

        var beforeTracking = items[0];
        Assert.AreEqual("s-nd", beforeTracking.ClassName, "days before 'since' have no data and look different");
        Assert.AreEqual("25 Aug – 30 Sept: No data", beforeTracking.TextContent);
        var days = items.Sum(li => int.TryParse(li.GetAttribute("style")?.Replace("--n:", "", StringComparison.Ordinal), out var n) ? n : 1);
        Assert.AreEqual(90, days, "every day of the window is drawn");
    }

    [TestMethod]
    public void ABarLinksTwoIncidentsOfItsDayAndTheRestIntoTheHistoryPageThatListsThem()
    {
        var builder = Sites.Busy();
        var day = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 30; i++)
        {
            // Newer incidents elsewhere push the database's day onto the second history page.
            builder.Incident($"2026-11-21-mail-{i:00}", $"Mail hiccup {i}", day.AddDays(1).AddMinutes(i * 10), day.AddDays(1).AddMinutes((i * 10) + 5), [("mail", ComponentStatus.DegradedPerformance)]);
        }

        for (var i = 0; i < 4; i++)
        {
            builder.Incident($"2026-11-20-db-{i}", $"Database blip {i}", day.AddHours(8 - i), day.AddHours(8 - i).AddMinutes(20), [("db", ComponentStatus.PartialOutage)]);
        }

        var site = new GeneratedSite(builder.Build());

        var bar = Row(site.Home, "Database").QuerySelectorAll("ol.bars li").Single(li => li.TextContent.StartsWith("20 Nov:", StringComparison.Ordinal));
        var links = bar.QuerySelectorAll("a");
        CollectionAssert.AreEqual(new[] { "Database blip 0", "Database blip 1", "and 2 more" }, links.Select(a => a.TextContent).ToList());
        Assert.AreEqual("history/2.html", links[2].GetAttribute("href"));
        var history = site.Page("history/2.html");
        CollectionAssert.IsSubsetOf(new[] { "Database blip 2", "Database blip 3" }, history.QuerySelectorAll("main li > a").Select(a => a.TextContent).ToList());
    }

    [TestMethod]
    public void PastDaysListIncidentsByDayAndSayWhenNothingHappened()
    {
        var home = new GeneratedSite(Sites.Busy().Build()).Home;

        var days = home.QuerySelectorAll("ol.days > li");
        Assert.HasCount(14, days);
        Assert.AreEqual("2026-11-22", days[0].QuerySelector("h3 time")!.GetAttribute("datetime"));
        Assert.AreEqual("Sunday, 22 November 2026", days[0].QuerySelector("h3")!.TextContent);
        Assert.AreEqual("Elevated error rates on the API", days[0].QuerySelector("li a")!.TextContent);
        Assert.AreEqual("No incidents reported.", days[1].QuerySelector(".quiet")!.TextContent);
        Assert.AreEqual("Database outage", days[4].QuerySelector("li a")!.TextContent);
    }

    [TestMethod]
    public void MaintenanceInProgressAndUpcomingAreShownWithTheirState()
    {
        var home = new GeneratedSite(Sites.Busy().Build()).Home;

        var now = home.QuerySelector("section[aria-labelledby=mnow] article")!;
        Assert.AreEqual("Mail relay replacement", now.QuerySelector("h3")!.TextContent);
        Assert.AreEqual("In progress", now.QuerySelector("[data-from]")!.TextContent);
        var next = home.QuerySelector("section[aria-labelledby=mnext] article")!;
        Assert.AreEqual("Database upgrade", next.QuerySelector("h3")!.TextContent);
        Assert.AreEqual("Upcoming|In progress|Completed", next.QuerySelector("[data-from]")!.GetAttribute("data-states"));
    }

    [TestMethod]
    public void GroupsWhoseComponentsAreAllOperationalCollapseToOneLine()
    {
        var quiet = new GeneratedSite(Sites.Quiet().Build()).Home;
        var busy = new GeneratedSite(Sites.Busy().At(new DateTimeOffset(2026, 11, 22, 12, 30, 0, TimeSpan.Zero)).Build()).Home;

        foreach (var group in quiet.QuerySelectorAll("details.group"))
        {
            Assert.IsFalse(group.HasAttribute("open"), "closed until a visitor opens it");
            Assert.AreEqual("Operational 2 components", string.Join(" ", group.QuerySelector("summary .gs")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            Assert.AreEqual(2, group.QuerySelectorAll(".comp").Length, "the rows are there when opened, no JavaScript needed");
        }

        Assert.IsNotNull(Row(quiet, "Email delivery").ParentElement!.Matches("main section"), "a component without a group is a row of its own");
        var open = busy.QuerySelectorAll("details.group[open] summary h3").Select(h => h.TextContent).ToList();
        CollectionAssert.AreEqual(new[] { "Frontend", "Platform" }, open, "groups with a component that is not operational stay open");
    }

    [TestMethod]
    public void StaleWarningStandsNextToTheBannerDuringAnActiveIncident()
    {
        var site = new GeneratedSite(Sites.Busy().Build());

        var home = site.Home;
        var history = site.Page("history/index.html");

        Assert.AreEqual("stale", home.QuerySelector("main .banner")!.NextElementSibling!.Id);
        Assert.HasCount(1, home.QuerySelectorAll("#stale"), "not in the footer as well");
        Assert.AreEqual("stale", history.QuerySelector("main")!.FirstElementChild!.Id, "atop other pages");
        Assert.IsNull(new GeneratedSite(Sites.Quiet().Build()).Home.QuerySelector("#stale"), "nothing to warn about without an active incident");
    }

    [TestMethod]
    public void EachMaintenanceHeadingStandsOverCardsOfItsOwnState()
    {
        var home = new GeneratedSite(Sites.Busy().Build()).Home;

        var sections = home.QuerySelectorAll("section[data-mstate]");
        Assert.HasCount(2, sections, "in progress and upcoming, each a place site.js can move a card to");
        foreach (var section in sections)
        {
            foreach (var label in section.QuerySelectorAll("[data-from]"))
            {
                Assert.AreEqual(label.GetAttribute("data-states")!.Split('|')[int.Parse(section.GetAttribute("data-mstate")!, System.Globalization.CultureInfo.InvariantCulture)], label.TextContent);
            }
        }

        var quiet = new GeneratedSite(Sites.Quiet().Build()).Home;
        Assert.IsTrue(quiet.QuerySelector("section[aria-labelledby=mnow]")!.HasAttribute("hidden"), "nothing in progress: its heading is not shown");
        Assert.IsFalse(quiet.QuerySelector("section[aria-labelledby=mnext]")!.HasAttribute("hidden"));
    }

    private static IElement Row(IDocument home, string name) =>
        home.QuerySelectorAll(".comp").Single(c => c.QuerySelector(".name")!.TextContent == name);
}
