using System.Text;
using System.Text.Json;
using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Uptime;
using static StatusGen.Tests.Uptime.UptimeFixtures;

namespace StatusGen.Tests.Uptime;

[TestClass]
public sealed class UptimeJsonWriterTests
{
    /// <summary>13:00 in Berlin, five days after the 25-hour day, with one incident still ongoing.</summary>
    private static readonly DateTimeOffset Now = At("2026-10-30T12:00:00Z");

    /// <summary>Overlaps, a timeline, a night across the DST change, an ongoing incident, maintenance and a late since.</summary>
    private static SiteContent SmallSite() => Site(
        [Component("api", "Core"), Component("web", "Core") with { Name = "Website & Störungen" }, Component("docs", since: Day("2026-10-20"))],
        [
            Incident("2026-10-10-old", At("2026-10-10T10:00:00+02:00"), At("2026-10-10T12:00:00+02:00"), ("api", ComponentStatus.MajorOutage)),
            Incident("2026-10-18-docs-before-since", At("2026-10-18T10:00:00+02:00"), At("2026-10-18T11:00:00+02:00"), ("docs", ComponentStatus.MajorOutage)),
            Incident("2026-10-20-db-failover", At("2026-10-20T08:00:00+02:00"), At("2026-10-20T09:30:00+02:00"),
                [Affected("api", (At("2026-10-20T08:00:00+02:00"), ComponentStatus.MajorOutage), (At("2026-10-20T08:45:00+02:00"), ComponentStatus.PartialOutage))]),
            Incident("2026-10-20-slow-pages", At("2026-10-20T08:30:00+02:00"), At("2026-10-20T10:00:00+02:00"),
                ("web", ComponentStatus.DegradedPerformance), ("api", ComponentStatus.PartialOutage)),
            Incident("2026-10-24-overnight", At("2026-10-24T23:30:00+02:00"), At("2026-10-25T02:30:00+01:00"), ("api", ComponentStatus.MajorOutage)),
            Incident("2026-10-30-ongoing", At("2026-10-30T11:00:00+01:00"), null, ("web", ComponentStatus.PartialOutage)),
        ],
        [Maintenance("2026-10-27-db-upgrade", At("2026-10-27T02:00:00+01:00"), At("2026-10-27T04:00:00+01:00"), "api")],
        Berlin,
        new UptimeSettings { WindowDays = 14 });

    private static byte[] Generate(SiteContent content) =>
        new UptimeJsonWriter().Generate(SiteBuilder.Compute(content, Now)).Single().Bytes;

    [TestMethod]
    public void WritesApiUptimeJsonForASmallSite() =>
        GoldenFile.AssertMatches("small-site", "uptime.json", Generate(SmallSite()));

    [TestMethod]
    public void WritesOneJsonFileAtApiUptimeJson()
    {
        var file = new UptimeJsonWriter().Generate(SiteBuilder.Compute(SmallSite(), Now)).Single();

        Assert.AreEqual("api/uptime.json", file.Path);
        Assert.AreEqual(MediaTypes.Json, file.MediaType);
        CollectionAssert.AreEqual(file.Bytes, Generate(SmallSite()), "same snapshot, same bytes");
    }

    [TestMethod]
    public void WritesNullForDaysWithoutDataAndRoundsToThreeDecimals()
    {
        using var json = JsonDocument.Parse(Generate(SmallSite()));
        var components = json.RootElement.GetProperty("components");
        var docs = components.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "docs");
        var firstDay = docs.GetProperty("days")[0];
        var api = components[0];
        var failoverDay = api.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2026-10-20");

        Assert.AreEqual("2026-10-17", firstDay.GetProperty("date").GetString());
        Assert.AreEqual(JsonValueKind.Null, firstDay.GetProperty("uptime").ValueKind);
        Assert.AreEqual(JsonValueKind.Null, docs.GetProperty("group").ValueKind);
        // 45 major + 0.3 x 75 partial = 67.5 downtime minutes of 1440.
        Assert.AreEqual(95.313, failoverDay.GetProperty("uptime").GetDouble());
        Assert.AreEqual("[\"2026-10-20-slow-pages\",\"2026-10-20-db-failover\"]", failoverDay.GetProperty("incidents").GetRawText().Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        Assert.AreEqual(1500, api.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2026-10-25").GetProperty("tracked_minutes").GetDouble());
    }

    [TestMethod]
    public void KeepsNonAsciiNamesReadableAndEndsWithANewline()
    {
        var text = Encoding.UTF8.GetString(Generate(SmallSite()));

        Assert.Contains("Website \\u0026 Störungen", text);
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
    }
}
