using System.Text.Json;
using System.Xml.Linq;
using StatusGen.Badges;
using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Badges;

[TestClass]
public sealed class BadgeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static IReadOnlyList<OutputFile> Generate(string language = "en") =>
        [.. new BadgeGenerator().Generate(ChannelSites.OngoingIncidentAndUpcomingMaintenance(language))];

    [TestMethod]
    public void WritesAnOverallBadgeAndOnePerComponentAsSvgAndShieldsJson()
    {
        var paths = Generate().Select(f => f.Path).ToList();

        CollectionAssert.AreEquivalent(new[]
        {
            "badges/status.svg", "badges/status.json", "badges/web.svg", "badges/web.json", "badges/api.svg", "badges/api.json",
            "badges/db.svg", "badges/db.json", "badges/cdn.svg", "badges/cdn.json",
        }, paths);
    }

    [TestMethod]
    public void SvgBadgesNameTheStatusInWordsForScreenReadersAndSightedReaders()
    {
        var svg = XDocument.Parse(Generate().File("badges/api.svg").Text()).Root!;

        Assert.AreEqual("img", svg.Attribute("role")!.Value);
        Assert.AreEqual("API: degraded performance", svg.Attribute("aria-label")!.Value);
        Assert.AreEqual("API: degraded performance", svg.Element(Svg + "title")!.Value);
        CollectionAssert.AreEqual(new[] { "API", "degraded performance" }, svg.Descendants(Svg + "text").Select(t => t.Value).ToList());
    }

    [TestMethod]
    public void TheBoxIsWideEnoughForTheLongestMessage()
    {
        var svg = XDocument.Parse(Generate().File("badges/api.svg").Text()).Root!;
        var rects = svg.Elements(Svg + "rect").Select(r => int.Parse(r.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.AreEqual(rects.Sum(), int.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsGreaterThanOrEqualTo(BadgeSvg.TextWidth("degraded performance"), rects[1] - 12);
    }

    [TestMethod]
    public void ShieldsEndpointJsonFollowsSchemaVersion1()
    {
        using var json = JsonDocument.Parse(Generate().File("badges/db.json").Bytes);
        var root = json.RootElement;

        Assert.AreEqual(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.AreEqual("Database", root.GetProperty("label").GetString());
        Assert.AreEqual("operational", root.GetProperty("message").GetString());
        Assert.AreEqual("brightgreen", root.GetProperty("color").GetString());
    }

    [TestMethod]
    public void GermanSitesGetGermanWords()
    {
        using var json = JsonDocument.Parse(Generate("de").File("badges/status.json").Bytes);

        Assert.AreEqual("Status", json.RootElement.GetProperty("label").GetString());
        Assert.AreEqual("teilweiser Ausfall", json.RootElement.GetProperty("message").GetString(), "the ongoing major incident, as the banner says");
    }

    [TestMethod]
    public void EveryStatusFillKeepsWhiteTextReadable()
    {
        foreach (var status in Enum.GetValues<ComponentStatus>())
        {
            var fill = BadgeStyle.For(status, Localization.SiteText.For("en")).Fill;
            Assert.IsGreaterThanOrEqualTo(4.5, ContrastWithWhite(fill), $"{status} {fill}");
        }
    }

    private static double ContrastWithWhite(string hex)
    {
        static double Channel(string h) => int.Parse(h, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) / 255.0 is var c && c <= 0.03928
            ? c / 12.92
            : Math.Pow(((int.Parse(h, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) / 255.0) + 0.055) / 1.055, 2.4);
        var luminance = (0.2126 * Channel(hex[1..3])) + (0.7152 * Channel(hex[3..5])) + (0.0722 * Channel(hex[5..7]));
        return 1.05 / (luminance + 0.05);
    }
}
