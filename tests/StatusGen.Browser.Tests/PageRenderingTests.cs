using Microsoft.Playwright;
namespace StatusGen.Browser.Tests;

/// <summary>The pages as a visitor's browser shows them, with and without JavaScript.</summary>
[TestClass]
public sealed class PageRenderingTests
{
    private static readonly DateTimeOffset BuildTime = ServedSite.Busy.Site.Snapshot.Now;

    [TestMethod]
    public async Task HomeShowsTheKeyFactsWithJavaScriptDisabled()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("", new() { JavaScriptEnabled = false, TimezoneId = "America/New_York" });

        Assert.AreEqual("Partial outage", (await page.Locator("main .banner").InnerTextAsync()).Trim());
        var incident = page.Locator("section[aria-labelledby=active] article");
        Assert.IsTrue(await incident.IsVisibleAsync());
        var text = await incident.InnerTextAsync();
        StringAssert.Contains(text, "Elevated error rates on the API", StringComparison.Ordinal);
        StringAssert.Contains(text, "Ongoing for 2 h 45 min", StringComparison.Ordinal);
        StringAssert.Contains(text, "22 Nov 2026, 08:15 UTC+1", "site time zone without JavaScript");
        StringAssert.Contains(text, "The rollback is complete", StringComparison.Ordinal);
        Assert.AreEqual("Partial outage", await page.Locator(".comp", new() { HasText = "Public API" }).Locator(".st").InnerTextAsync());
        Assert.AreEqual("Mail relay replacement", await page.Locator("section[aria-labelledby=mnow] h3").InnerTextAsync());
        Assert.IsTrue(await page.Locator("#stale").IsHiddenAsync());
    }

    [TestMethod]
    public async Task IncidentPageShowsItsTimelineWithJavaScriptDisabled()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("incidents/2026-11-18-database-outage/", new() { JavaScriptEnabled = false });

        Assert.AreEqual("Database outage", await page.Locator("main h1").InnerTextAsync());
        CollectionAssert.AreEqual(
            new[] { "Postmortem", "Resolved", "Monitoring", "Investigating" },
            (await page.Locator("ol.timeline > li > h3").AllInnerTextsAsync()).ToList());
        Assert.IsTrue(await page.Locator("#postmortem").IsVisibleAsync());
        StringAssert.Contains(await page.Locator("dl.facts").InnerTextAsync(), "2 h 38 min", StringComparison.Ordinal);
    }

    [TestMethod]
    public async Task ScriptShowsTimesInTheVisitorsZone()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("", new() { TimezoneId = "America/New_York" }, BuildTime.AddMinutes(10));

        var started = page.Locator("section[aria-labelledby=active] time.t").First;
        Assert.AreEqual("22 Nov 2026, 08:15 UTC+1", await started.GetAttributeAsync("title"), "the site's time stays available");
        StringAssert.Contains(await started.InnerTextAsync(), "02:15", "07:15 UTC is 02:15 in New York");
        StringAssert.Contains(await page.Locator("#tz").InnerTextAsync(), "America/New_York", StringComparison.Ordinal);
    }

    [TestMethod]
    public async Task ScriptSaysHowLongAgoThePageWasBuiltAndKeepsMaintenanceCurrent()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("", clock: BuildTime.AddMinutes(10));

        StringAssert.Contains(await page.Locator("#built").InnerTextAsync(), "Generated 10 minutes ago.", StringComparison.Ordinal);
        Assert.IsTrue(await page.Locator("#stale").IsHiddenAsync());
        Assert.AreEqual("In progress", await page.Locator("section[aria-labelledby=mnow] [data-from]").InnerTextAsync());
    }

    [TestMethod]
    public async Task ScriptWarnsWhenThePageIsStaleDuringAnIncident()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("", clock: BuildTime.AddHours(5));

        StringAssert.Contains(await page.Locator("#built").InnerTextAsync(), "Generated 5 hours ago.", StringComparison.Ordinal);
        Assert.IsTrue(await page.Locator("#stale").IsVisibleAsync(), "an incident is active and the page is older than twice the update cadence");
        var banner = await page.Locator("main .banner").BoundingBoxAsync();
        var stale = await page.Locator("#stale").BoundingBoxAsync();
        Assert.IsLessThan(40, stale!.Y - (banner!.Y + banner.Height), "the warning sits right under the banner, not in the footer");
        Assert.IsTrue(await page.Locator("section[aria-labelledby=mnow]").IsHiddenAsync(), "the window ended at 12:00 UTC: no card is left in progress");
        Assert.AreEqual(0, await page.Locator("main .card", new() { HasText = "Mail relay replacement" }).CountAsync(), "the home page lists no completed windows");
        Assert.IsEmpty(await LayoutFacts.HeadingsContradictingCardsAsync(page));
    }

    [TestMethod]
    public async Task ScriptMovesAMaintenanceCardIntoTheSectionOfItsNewState()
    {
        var (home, _) = await ServedSite.Busy.OpenAsync("", clock: new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));

        var now = home.Locator("section[aria-labelledby=mnow]");
        Assert.AreEqual("Database upgrade", await now.Locator("article h3").InnerTextAsync(), "the upgrade started at 02:00 UTC");
        Assert.AreEqual("In progress", await now.Locator("article [data-from]").InnerTextAsync());
        Assert.IsTrue(await home.Locator("section[aria-labelledby=mnext]").IsHiddenAsync(), "nothing is scheduled any more");
        Assert.IsEmpty(await LayoutFacts.HeadingsContradictingCardsAsync(home));

        var (index, _) = await ServedSite.Busy.OpenAsync("maintenance/", clock: BuildTime.AddHours(5));
        CollectionAssert.Contains((await index.Locator("section[aria-labelledby=mdone] article h3").AllInnerTextsAsync()).ToList(), "Mail relay replacement");
        Assert.IsTrue(await index.Locator("section[aria-labelledby=mnow]").IsHiddenAsync());
        Assert.IsEmpty(await LayoutFacts.HeadingsContradictingCardsAsync(index));
    }

    [TestMethod]
    public async Task UptimeTableKeepsNamesReadableAndScrollsInsideItsOwnBoxOnAPhone()
    {
        var (phone, _) = await ServedSite.Demo.OpenAsync("uptime/", new() { ViewportSize = new() { Width = 390, Height = 844 } });

        Assert.IsEmpty(await LayoutFacts.BrokenWordsInTablesAsync(phone));
        Assert.IsEmpty(await LayoutFacts.HorizontalOverflowAsync(phone));
        var name = await phone.Locator("table th[scope=row]", new() { HasText = "Dashboard" }).BoundingBoxAsync();
        Assert.IsGreaterThan(60, name!.Width, "'Dashboard' reads as a word, not a column of letters");
        Assert.IsTrue(await phone.EvaluateAsync<bool>("() => { const box = document.querySelector('.tbl'); return box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === 'auto'; }"),
            "twelve months do not fit a phone: the table scrolls in its box");

        var (desktop, _) = await ServedSite.Demo.OpenAsync("uptime/", new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        Assert.IsEmpty(await LayoutFacts.ClippedTablesAsync(desktop), "all twelve months are visible at 1280 px");
        Assert.IsEmpty(await LayoutFacts.BrokenWordsInTablesAsync(desktop));
    }

    [TestMethod]
    public async Task GroupsThatAreAllOperationalOpenOnDemandWithoutJavaScript()
    {
        var (page, _) = await ServedSite.Quiet.OpenAsync("", new() { JavaScriptEnabled = false });

        var group = page.Locator("details.group", new() { HasText = "Frontend" });
        Assert.IsTrue(await group.Locator(".comp").First.IsHiddenAsync(), "one line while all is well");
        StringAssert.Contains(await group.Locator("summary").InnerTextAsync(), "2 components", StringComparison.Ordinal);
        await group.Locator("summary").ClickAsync();
        Assert.IsTrue(await group.Locator(".comp").First.IsVisibleAsync());
    }

    [TestMethod]
    public async Task DemoSiteHomeAndAnIncidentRenderWithJavaScriptDisabled()
    {
        var demo = ServedSite.Demo;
        var (home, _) = await demo.OpenAsync("", new() { JavaScriptEnabled = false });

        Assert.IsFalse(string.IsNullOrWhiteSpace(await home.Locator("main .banner").InnerTextAsync()));
        Assert.AreEqual(demo.Site.Snapshot.Site.Components.Count, await home.Locator(".comp").CountAsync());
        foreach (var active in demo.Site.Snapshot.Status.ActiveIncidents.Take(5))
        {
            StringAssert.Contains(await home.Locator("section[aria-labelledby=active]").InnerTextAsync(), active.Title, StringComparison.Ordinal);
        }

        if (FirstIncident(demo) is { } incident)
        {
            var (page, _) = await demo.OpenAsync($"incidents/{incident.Slug}/", new() { JavaScriptEnabled = false });
            Assert.AreEqual(incident.Title, await page.Locator("main h1").InnerTextAsync());
            Assert.AreEqual(incident.Updates.Count, await page.Locator("ol.timeline > li").CountAsync());
        }
    }

    [TestMethod]
    public async Task NoRequestLeavesTheSitesOrigin()
    {
        foreach (var path in new[] { "", "incidents/2026-11-22-api-errors/", "components/api/", "history/", "uptime/", "no-such-page/" })
        {
            var (page, requests) = await ServedSite.Busy.OpenAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.IsNotEmpty(requests);
            foreach (var request in requests)
            {
                StringAssert.StartsWith(request, ServedSite.Busy.Server.BaseUrl.GetLeftPart(UriPartial.Authority), $"{path} requested {request}");
            }
        }
    }

    [TestMethod]
    public async Task NotFoundPageLoadsItsStylesAtAnyDepth()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("some/deep/missing/page");

        Assert.AreEqual("Page not found", await page.Locator("main h1").InnerTextAsync());
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.foot')).borderTopStyle");
        Assert.AreEqual("solid", background, "the stylesheet was loaded");
    }

    [TestMethod]
    public async Task PagesDoNotScrollSidewaysAt320Pixels()
    {
        foreach (var path in new[] { "", "incidents/2026-11-18-database-outage/", "components/db/", "history/" })
        {
            var (page, _) = await ServedSite.Busy.OpenAsync(path, new() { ViewportSize = new() { Width = 320, Height = 640 } });

            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.IsLessThanOrEqualTo(320, width, $"{path} is {width} px wide at 320 px");
        }
    }

    [TestMethod]
    public async Task PrintedPagesDropNavigationAndBarsButKeepTheFacts()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.IsTrue(await page.Locator("header nav").IsHiddenAsync());
        Assert.IsTrue(await page.Locator("ol.bars").First.IsHiddenAsync());
        Assert.IsTrue(await page.Locator("main .banner").IsVisibleAsync());
        Assert.IsTrue(await page.Locator("section[aria-labelledby=active] article").IsVisibleAsync());
    }

    [TestMethod]
    public async Task UptimeBarTextAppearsOnKeyboardFocus()
    {
        var (page, _) = await ServedSite.Busy.OpenAsync("");

        var link = page.Locator(".comp", new() { HasText = "Database" }).Locator("ol.bars a").First;
        await link.FocusAsync();

        Assert.IsTrue(await link.IsVisibleAsync());
        var box = await link.BoundingBoxAsync();
        Assert.IsNotNull(box);
        Assert.IsGreaterThan(10, box.Width, "the focused day's text is shown, not clipped to one pixel");
    }

    private static StatusGen.Model.Incident? FirstIncident(ServedSite site) =>
        site.Site.Snapshot.Content.Incidents is { Count: > 0 } incidents ? incidents[0] : null;
}
