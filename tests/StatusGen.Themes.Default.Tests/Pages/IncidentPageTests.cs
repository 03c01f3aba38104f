using StatusGen.Model;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests.Pages;

[TestClass]
public sealed class IncidentPageTests
{
    private static readonly Lazy<GeneratedSite> Busy = new(() => new GeneratedSite(Sites.Busy().Build()));

    [TestMethod]
    public void ShowsImpactStartEndAndDuration()
    {
        var page = Busy.Value.Page("incidents/2026-11-18-database-outage/index.html");

        Assert.AreEqual("Database outage", page.QuerySelector("main h1")!.TextContent);
        var facts = page.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.AreEqual("Critical", facts["Impact"].TextContent);
        Assert.AreEqual("2026-11-18T13:02:00+00:00", facts["Started"].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.AreEqual("18 Nov 2026, 16:40 UTC+1", facts["Resolved"].TextContent);
        Assert.AreEqual("2 h 38 min", facts["Duration"].TextContent);
        Assert.AreEqual("PT2H38M", facts["Duration"].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [TestMethod]
    public void ShowsHowSoonAndHowOftenVisitorsWereTold()
    {
        var page = Busy.Value.Page("incidents/2026-11-18-database-outage/index.html");

        var facts = page.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.AreEqual("8 min after the start", facts["First update"].TextContent);
        Assert.AreEqual("PT0H8M", facts["First update"].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.AreEqual("4", facts["Updates posted"].TextContent);
    }

    [TestMethod]
    public void ShowsTheFullTimelineNewestFirstWithThePostmortemHighlighted()
    {
        var page = Busy.Value.Page("incidents/2026-11-18-database-outage/index.html");

        var updates = page.QuerySelectorAll("ol.timeline > li");
        CollectionAssert.AreEqual(
            new[] { "Postmortem", "Resolved", "Monitoring", "Investigating" },
            updates.Select(u => u.QuerySelector("h3")!.TextContent).ToList());
        var instants = updates.Select(u => DateTimeOffset.Parse(u.QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        CollectionAssert.AreEqual(instants.OrderByDescending(i => i).ToList(), instants);
        Assert.AreEqual("postmortem", updates[0].Id);
        Assert.AreEqual("pm", updates[0].ClassName);
        Assert.AreEqual("#postmortem", page.QuerySelector("main > p > a")!.GetAttribute("href"));
        Assert.AreEqual("What happened", updates[0].QuerySelector(".body h3")!.TextContent);
    }

    [TestMethod]
    public void ShowsEachAffectedComponentsStatusTimelineWhenItChanged()
    {
        var page = Busy.Value.Page("incidents/2026-11-18-database-outage/index.html");

        var db = page.QuerySelectorAll("section[aria-labelledby=affected] > ul > li").First(li => li.QuerySelector("a")!.TextContent == "Database");
        Assert.AreEqual("../../components/db/", db.QuerySelector("a")!.GetAttribute("href"));
        CollectionAssert.AreEqual(
            new[] { "18 Nov 2026, 14:02 UTC+1: Major outage", "18 Nov 2026, 15:30 UTC+1: Degraded performance", "18 Nov 2026, 16:40 UTC+1: Operational" },
            db.QuerySelectorAll("ol > li").Select(li => li.TextContent).ToList(),
            "the resolution ends the timeline");
        Assert.AreEqual("Operational", db.QuerySelector(".st")!.TextContent, "resolved: the label is the state now, not the worst one reached");
    }

    [TestMethod]
    public void AnAffectedComponentsLabelFollowsItsOwnTimelineWhileOngoing()
    {
        var started = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);
        var site = new GeneratedSite(Sites.Quiet().Incident(new Incident
        {
            Slug = "2026-11-22-db",
            Source = new Diagnostics.SourceFile("content/incidents/2026-11-22-db.md", "/content/incidents/2026-11-22-db.md"),
            Title = "Database slow",
            Started = started,
            Impact = Impact.Minor,
            Components = [new AffectedComponent { ComponentId = "db", Changes = [new(started, ComponentStatus.MajorOutage), new(started.AddHours(1), ComponentStatus.DegradedPerformance)] }],
            Summary = Markdown.MarkdownRenderer.Default.Render(""),
            Updates = [],
        }).Build());

        var label = site.Page("incidents/2026-11-22-db/index.html").QuerySelector("section[aria-labelledby=affected] > ul > li .st")!.TextContent;
        var row = site.Home.QuerySelectorAll(".comp").Single(c => c.QuerySelector(".name")!.TextContent == "Database").QuerySelector(".st")!.TextContent;

        Assert.AreEqual("Degraded performance", label, "the outage turned into slowness an hour in");
        Assert.AreEqual(row, label, "the incident page and the home page say the same");
    }

    [TestMethod]
    public void OngoingIncidentSaysSoAndHowLongItHasLasted()
    {
        var page = Busy.Value.Page("incidents/2026-11-22-api-errors/index.html");

        var facts = page.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.AreEqual("Ongoing", facts["Resolved"].TextContent);
        Assert.AreEqual("Ongoing for 2 h 45 min", facts["Duration"].TextContent);
        Assert.AreEqual("300", page.Body!.GetAttribute("data-refresh"), "open pages refresh while an incident is active");
    }

    [TestMethod]
    public void LinksToTheFeeds()
    {
        var page = Busy.Value.Page("incidents/2026-11-22-api-errors/index.html");

        Assert.AreEqual("../../history.rss", page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
        CollectionAssert.AreEqual(
            new[] { "../../history.rss", "../../history.atom", "../../feed.json" },
            page.QuerySelectorAll(".feeds a").Select(a => a.GetAttribute("href")).ToList());
    }
}
