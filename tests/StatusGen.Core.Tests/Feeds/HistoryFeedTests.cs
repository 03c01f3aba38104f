using System.Xml.Linq;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Model;

namespace StatusGen.Tests.Feeds;

[TestClass]
public sealed class HistoryFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static IReadOnlyList<OutputFile> Generate(SiteSnapshot snapshot) => [.. new FeedGenerator().Generate(snapshot)];

    private static SiteSnapshot ThreeItems(int maxEntries = 50, params (string, IncidentUpdateStatus, string)[] extra) => ChannelSites.Snapshot(
        ChannelSites.Content(ChannelSites.Site(maxEntries: maxEntries),
            [ChannelSites.OngoingApiIncident(extra), ChannelSites.ResolvedCdnIncident()],
            [ChannelSites.UpcomingDatabaseMaintenance()]),
        "2026-11-10T12:00:00+01:00");

    [TestMethod]
    public void AtomHasOneEntryPerIncidentAndMaintenanceMostRecentlyChangedFirst()
    {
        var feed = XDocument.Parse(Generate(ThreeItems()).File("history.atom").Text());

        var ids = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();

        CollectionAssert.AreEqual(new[]
        {
            "tag:status.example.com,2026-11-10:incidents/2026-11-10-api-errors",
            "tag:status.example.com,2026-11-14:maintenance/2026-11-14-database-upgrade",
            "tag:status.example.com,2026-11-02:incidents/2026-11-02-cdn-latency",
        }, ids);
    }

    [TestMethod]
    public void FeedsHoldAtMostMaxEntries()
    {
        var files = Generate(ThreeItems(maxEntries: 2));

        Assert.HasCount(2, XDocument.Parse(files.File("history.atom").Text()).Root!.Elements(Atom + "entry"));
        Assert.HasCount(2, XDocument.Parse(files.File("history.rss").Text()).Root!.Element("channel")!.Elements("item"));
        Assert.HasCount(2, XDocument.Parse(files.File("updates.atom").Text()).Root!.Elements(Atom + "entry"));
    }

    [TestMethod]
    public void AShortFeedIsTheStartOfTheFullFeedEvenWhenManyEntriesShareOneTime()
    {
        // Twelve incidents whose updates fall on three instants, several with the same time and status twice:
        // ties at the cut are decided by id, exactly as in the full feed.
        var times = new[] { "2026-11-09T08:00:00+01:00", "2026-11-09T09:00:00+01:00", "2026-11-09T10:00:00+01:00" };
        var incidents = Enumerable.Range(1, 12).Select(n => ChannelSites.Incident(
            $"2026-11-09-incident-{n:00}", $"Incident {n}", "2026-11-09T07:00:00+01:00", times[n % 3], Impact.Minor,
            [new AffectedComponent { ComponentId = "api", Changes = [new(ChannelSites.At("2026-11-09T07:00:00+01:00"), ComponentStatus.DegradedPerformance)] }],
            [("2026-11-09T07:30:00+01:00", IncidentUpdateStatus.Investigating, "Looking."), (times[n % 3], IncidentUpdateStatus.Resolved, "Fixed."), (times[n % 3], IncidentUpdateStatus.Resolved, "Fixed.")]))
            .ToList();
        IReadOnlyList<string> Entries(int max, string path) =>
        [
            .. XDocument.Parse(Generate(ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site(maxEntries: max), incidents, []), "2026-11-10T12:00:00+01:00")).File(path).Text())
                .Root!.Elements(Atom + "entry").Select(e => e.ToString()),
        ];

        foreach (var path in new[] { "history.atom", "updates.atom", "components/api/history.atom" })
        {
            var full = Entries(100, path);
            foreach (var max in new[] { 1, 5, 7, 12, 25 })
            {
                CollectionAssert.AreEqual(full.Take(max).ToList(), Entries(max, path).ToList(), $"{path} with maxEntries {max}");
            }
        }
    }

    [TestMethod]
    public void IdsStayAndUpdatedMovesToTheNewUpdateWhenAnIncidentGainsAnUpdate()
    {
        var before = Generate(ThreeItems());
        var after = Generate(ThreeItems(50, ("2026-11-10T11:50:00+01:00", IncidentUpdateStatus.Resolved, "Fixed.")));

        var atomBefore = XDocument.Parse(before.File("history.atom").Text()).Root!.Elements(Atom + "entry").ToList();
        var atomAfter = XDocument.Parse(after.File("history.atom").Text()).Root!.Elements(Atom + "entry").ToList();
        CollectionAssert.AreEqual(atomBefore.Select(e => e.Element(Atom + "id")!.Value).ToList(), atomAfter.Select(e => e.Element(Atom + "id")!.Value).ToList());
        Assert.AreEqual("2026-11-10T10:25:00Z", atomBefore[0].Element(Atom + "updated")!.Value);
        Assert.AreEqual("2026-11-10T10:50:00Z", atomAfter[0].Element(Atom + "updated")!.Value);
        Assert.AreEqual("2026-11-10T10:50:00Z", XDocument.Parse(after.File("history.atom").Text()).Root!.Element(Atom + "updated")!.Value);
        Assert.AreEqual(atomBefore[1].ToString(), atomAfter[1].ToString(), "the maintenance entry did not change");

        var rssBefore = XDocument.Parse(before.File("history.rss").Text()).Root!.Element("channel")!;
        var rssAfter = XDocument.Parse(after.File("history.rss").Text()).Root!.Element("channel")!;
        Assert.AreEqual(rssBefore.Element("item")!.Element("guid")!.Value, rssAfter.Element("item")!.Element("guid")!.Value);
        Assert.AreEqual("Tue, 10 Nov 2026 10:25:00 GMT", rssBefore.Element("item")!.Element("pubDate")!.Value);
        Assert.AreEqual("Tue, 10 Nov 2026 10:50:00 GMT", rssAfter.Element("item")!.Element("pubDate")!.Value);
        Assert.AreEqual("Tue, 10 Nov 2026 10:50:00 GMT", rssAfter.Element("lastBuildDate")!.Value);
    }

    [TestMethod]
    public void RebuildingLaterWithoutContentChangesWritesIdenticalBytes()
    {
        var content = ChannelSites.Content(ChannelSites.Site(), [ChannelSites.OngoingApiIncident(), ChannelSites.ResolvedCdnIncident()], [ChannelSites.UpcomingDatabaseMaintenance()]);

        var first = Generate(ChannelSites.Snapshot(content, "2026-11-10T12:00:00+01:00"));
        var second = Generate(ChannelSites.Snapshot(content, "2026-11-10T13:30:00+01:00"));

        Assert.HasCount(first.Count, second);
        foreach (var file in first)
        {
            CollectionAssert.AreEqual(file.Bytes, second.File(file.Path).Bytes, file.Path);
        }
    }

    [TestMethod]
    public void AComponentFeedWithoutEntriesTakesItsTimeFromTheContentNotTheBuild()
    {
        var content = ChannelSites.Content(ChannelSites.Site(), [ChannelSites.OngoingApiIncident()], []);

        var first = Generate(ChannelSites.Snapshot(content, "2026-11-10T12:00:00+01:00")).File("components/cdn/history.atom");
        var later = Generate(ChannelSites.Snapshot(content, "2026-11-12T08:00:00+01:00")).File("components/cdn/history.atom");

        CollectionAssert.AreEqual(first.Bytes, later.Bytes);
        var feed = XDocument.Parse(first.Text()).Root!;
        Assert.IsEmpty(feed.Elements(Atom + "entry"));
        Assert.AreEqual("2026-11-10T10:25:00Z", feed.Element(Atom + "updated")!.Value, "the site's latest content change");
    }

    [TestMethod]
    public void ContentHoldsEveryUpdateNewestFirstWithStatusAndTimeAsEscapedHtml()
    {
        var entry = XDocument.Parse(Generate(ThreeItems()).File("history.atom").Text()).Root!.Element(Atom + "entry")!;
        var content = entry.Element(Atom + "content")!;

        Assert.AreEqual("html", content.Attribute("type")!.Value);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(content.Value);
        var headings = html.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        CollectionAssert.AreEqual(new[]
        {
            "Monitoring · 2026-11-10 11:25 UTC+01:00",
            "Update · 2026-11-10 11:20 UTC+01:00",
            "Identified · 2026-11-10 10:05 UTC+01:00",
            "Investigating · 2026-11-10 09:30 UTC+01:00",
        }, headings);
        Assert.AreEqual("2026-11-10T10:25:00Z", html.QuerySelector("h3 time")!.GetAttribute("datetime"));
        Assert.Contains("load balancers <lb-7> caused", html.Body!.TextContent, "markup in the text stays text");
        Assert.IsNull(html.QuerySelector("lb-7"));
    }

    [TestMethod]
    public void LinksAreAbsoluteUnderTheBaseUrl()
    {
        var files = Generate(ThreeItems());
        var atom = XDocument.Parse(files.File("history.atom").Text()).Root!;
        var rss = XDocument.Parse(files.File("history.rss").Text()).Root!.Element("channel")!;

        var hrefs = atom.Descendants(Atom + "link").Select(l => l.Attribute("href")!.Value)
            .Concat(rss.Elements("item").Select(i => i.Element("link")!.Value))
            .Append(rss.Element("link")!.Value)
            .ToList();

        Assert.IsTrue(hrefs.All(h => h.StartsWith("https://status.example.com/", StringComparison.Ordinal)), string.Join("\n", hrefs));
        Assert.Contains("https://status.example.com/incidents/2026-11-10-api-errors/", hrefs);
    }

    [TestMethod]
    public void RssNamesItselfWithAnAtomSelfLink()
    {
        var channel = XDocument.Parse(Generate(ThreeItems()).File("history.rss").Text()).Root!.Element("channel")!;

        var self = channel.Element(Atom + "link")!;
        Assert.AreEqual("self", self.Attribute("rel")!.Value);
        Assert.AreEqual("https://status.example.com/history.rss", self.Attribute("href")!.Value);
        Assert.AreEqual("false", channel.Element("item")!.Element("guid")!.Attribute("isPermaLink")!.Value);
    }

    [TestMethod]
    public void RssDescriptionKeepsCdataEndMarkersInTheText()
    {
        var snapshot = ChannelSites.Snapshot(
            ChannelSites.Content(ChannelSites.Site(), [ChannelSites.OngoingApiIncident(("2026-11-10T11:40:00+01:00", IncidentUpdateStatus.Update, "`a]]>b` in a log line"))], []),
            "2026-11-10T12:00:00+01:00");

        var description = XDocument.Parse(Generate(snapshot).File("history.rss").Text()).Root!.Element("channel")!.Element("item")!.Element("description")!.Value;

        Assert.Contains("<code>a]]&gt;b</code>", description);
    }

    [TestMethod]
    public void GermanSitesGetGermanStatusWords()
    {
        var snapshot = ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site("de"), [ChannelSites.ResolvedCdnIncident()], []), "2026-11-10T12:00:00+01:00");

        var atom = XDocument.Parse(Generate(snapshot).File("history.atom").Text()).Root!;

        Assert.AreEqual("de", atom.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.AreEqual("Behoben · Auswirkung: Gering", atom.Element(Atom + "entry")!.Element(Atom + "summary")!.Value);
    }
}
