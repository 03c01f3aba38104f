using System.Text.Json;
using System.Xml.Linq;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Model;

namespace StatusGen.Tests.Feeds;

[TestClass]
public sealed class UpdatesFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static IReadOnlyList<OutputFile> Generate(params (string, IncidentUpdateStatus, string)[] extra) => [.. new FeedGenerator().Generate(ChannelSites.Snapshot(
        ChannelSites.Content(ChannelSites.Site(), [ChannelSites.OngoingApiIncident(extra), ChannelSites.ResolvedCdnIncident()], [ChannelSites.UpcomingDatabaseMaintenance()]),
        "2026-11-10T12:00:00+01:00"))];

    [TestMethod]
    public void UpdatesFeedHasOneEntryPerUpdateNewestFirst()
    {
        var entries = XDocument.Parse(Generate().File("updates.atom").Text()).Root!.Elements(Atom + "entry").ToList();

        Assert.HasCount(7, entries, "4 + 2 incident updates and 1 maintenance update");
        var times = entries.Select(e => e.Element(Atom + "updated")!.Value).ToList();
        CollectionAssert.AreEqual(times.OrderDescending(StringComparer.Ordinal).ToList(), times);
        Assert.AreEqual("Elevated error rates on the API: Monitoring", entries[0].Element(Atom + "title")!.Value);
        Assert.AreEqual("tag:status.example.com,2026-11-10:incidents/2026-11-10-api-errors/updates/20261110T102500Z-monitoring", entries[0].Element(Atom + "id")!.Value);
    }

    [TestMethod]
    public void AnUpdateKeepsItsIdWhenLaterUpdatesArrive()
    {
        var before = XDocument.Parse(Generate().File("updates.atom").Text()).Root!.Elements(Atom + "entry")
            .ToDictionary(e => e.Element(Atom + "id")!.Value, e => e.ToString());
        var after = XDocument.Parse(Generate(("2026-11-10T11:50:00+01:00", IncidentUpdateStatus.Resolved, "Fixed.")).File("updates.atom").Text()).Root!.Elements(Atom + "entry")
            .ToDictionary(e => e.Element(Atom + "id")!.Value, e => e.ToString());

        Assert.HasCount(before.Count + 1, after);
        foreach (var (id, entry) in before)
        {
            Assert.AreEqual(entry, after[id], id);
        }
    }

    [TestMethod]
    public void TwoUpdatesWithTheSameTimeAndStatusGetDistinctIds()
    {
        var entries = XDocument.Parse(Generate(("2026-11-10T11:25:00+01:00", IncidentUpdateStatus.Monitoring, "Second note.")).File("updates.atom").Text())
            .Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();

        Assert.HasCount(entries.Count, entries.Distinct());
        Assert.Contains("tag:status.example.com,2026-11-10:incidents/2026-11-10-api-errors/updates/20261110T102500Z-monitoring-2", entries);
    }

    [TestMethod]
    public void ComponentFeedsHoldOnlyWhatTouchesTheComponent()
    {
        var files = Generate();

        string[] Titles(string id) => [.. XDocument.Parse(files.File($"components/{id}/history.atom").Text()).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value)];

        CollectionAssert.AreEqual(new[] { "Elevated error rates on the API" }, Titles("api"));
        CollectionAssert.AreEqual(new[] { "Maintenance: Database upgrade" }, Titles("db"));
        CollectionAssert.AreEqual(new[] { "Slow image loading in Asia" }, Titles("cdn"));
        Assert.AreEqual("https://status.example.com/components/api/history.atom",
            XDocument.Parse(files.File("components/api/history.atom").Text()).Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
    }

    [TestMethod]
    public void JsonFeedIsVersion11WithTheSameItemsAsTheAtomHistory()
    {
        var files = Generate();
        using var json = JsonDocument.Parse(files.File("feed.json").Bytes);
        var root = json.RootElement;
        var atomIds = XDocument.Parse(files.File("history.atom").Text()).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();

        Assert.AreEqual("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.AreEqual("https://status.example.com/feed.json", root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        CollectionAssert.AreEqual(atomIds, items.Select(i => i.GetProperty("id").GetString()).ToList());
        Assert.AreEqual("2026-11-10T10:25:00Z", items[0].GetProperty("date_modified").GetString());
        Assert.AreEqual("https://status.example.com/incidents/2026-11-10-api-errors/", items[0].GetProperty("url").GetString());
        Assert.Contains("<h3>Monitoring", items[0].GetProperty("content_html").GetString()!);
    }
}
