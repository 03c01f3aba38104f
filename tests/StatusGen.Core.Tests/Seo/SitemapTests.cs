using System.Xml.Linq;
using StatusGen.Building;
using StatusGen.Seo;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Seo;

[TestClass]
public sealed class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static IReadOnlyList<OutputFile> Generate() => [.. new SitemapGenerator().Generate(ChannelSites.Snapshot(
        ChannelSites.Content(ChannelSites.Site(), [ChannelSites.OngoingApiIncident(), ChannelSites.ResolvedCdnIncident()], [ChannelSites.UpcomingDatabaseMaintenance()]),
        "2026-11-10T12:00:00+01:00"))];

    [TestMethod]
    public void ListsEveryHtmlPageOfTheThemeAsAnAbsoluteUrl()
    {
        var urls = XDocument.Parse(Generate().File("sitemap.xml").Text()).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        CollectionAssert.AreEqual(new[]
        {
            "https://status.example.com/",
            "https://status.example.com/history/",
            "https://status.example.com/uptime/",
            "https://status.example.com/maintenance/",
            "https://status.example.com/components/web/",
            "https://status.example.com/components/api/",
            "https://status.example.com/components/db/",
            "https://status.example.com/components/cdn/",
            "https://status.example.com/incidents/2026-11-02-cdn-latency/",
            "https://status.example.com/incidents/2026-11-10-api-errors/",
            "https://status.example.com/maintenance/2026-11-14-database-upgrade/",
        }, urls);
    }

    [TestMethod]
    public void IncidentPagesCarryTheirLastChangeAsLastmod()
    {
        var entry = XDocument.Parse(Generate().File("sitemap.xml").Text()).Root!.Elements(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("2026-11-10-api-errors/", StringComparison.Ordinal));

        Assert.AreEqual("2026-11-10T10:25:00Z", entry.Element(Sitemap + "lastmod")!.Value);
    }

    [TestMethod]
    public void RobotsTxtPointsToTheSitemap()
    {
        var lines = Generate().File("robots.txt").Text().Split('\n');

        Assert.AreEqual("User-agent: *", lines[0]);
        Assert.Contains("Sitemap: https://status.example.com/sitemap.xml", lines);
    }
}
