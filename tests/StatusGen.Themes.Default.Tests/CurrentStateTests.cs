using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using StatusGen.Api;
using StatusGen.Badges;
using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Themes.Default.Tests.Fixtures;
using StatusGen.Widget;

namespace StatusGen.Themes.Default.Tests;

/// <summary>
/// The banner, the incident cards, the component rows, the widget, the badges and api/v2/status.json all tell one
/// current state (StatusResolver decides it), whatever mix of incidents and maintenance is going on.
/// </summary>
[TestClass]
public sealed class CurrentStateTests
{
    private static readonly DateTimeOffset Now = SnapshotBuilder.DefaultNow;

    public static IEnumerable<object[]> Scenarios =>
    [
        ["quiet", "op"],
        ["busy", "po"],
        ["critical incident naming no component", "mo"],
        ["minor incident over an outage", "mo"],
        ["maintenance only", "mt"],
    ];

    [TestMethod]
    [DynamicData(nameof(Scenarios))]
    public void EveryOutputTellsTheSameCurrentState(string scenario, string expected)
    {
        var snapshot = Scenario(scenario).Build();
        var home = new GeneratedSite(snapshot).Home;

        var banner = Code(home.QuerySelector("main .banner")!.ClassName!);
        var shown = home.QuerySelectorAll(".comp .row .st, section[aria-labelledby=active] article.card")
            .Select(e => Code(e.ClassName!)).Append("op").Max(Severity.IndexOf);
        var api = Json(new StatuspageApiGenerator().Generate(snapshot), "api/v2/status.json").GetProperty("status");
        var widget = new HtmlParser().ParseDocument(Text(new WidgetGenerator().Generate(snapshot), "widget/index.html")).QuerySelector("a.sg-widget")!;
        var badge = Json(new BadgeGenerator().Generate(snapshot), "badges/status.json").GetProperty("message").GetString();

        Assert.AreEqual(expected, banner, "the banner");
        Assert.AreEqual(banner, Severity[shown], "the banner is the worst row or card under it");
        Assert.AreEqual(Indicators[banner], api.GetProperty("indicator").GetString(), "api/v2/status.json");
        Assert.AreEqual(Descriptions[banner], api.GetProperty("description").GetString(), "api/v2/status.json");
        Assert.AreEqual(Indicators[banner], widget.GetAttribute("data-indicator"), "the widget");
        Assert.AreEqual(home.QuerySelector("main .banner")!.TextContent.Trim(), widget.TextContent, "the widget says what the banner says");
        Assert.AreEqual(BadgeWords[banner], badge, "badges/status.json");
    }

    [TestMethod]
    public void AnActiveIncidentNamingNoComponentIsNotHiddenUnderAGreenBanner()
    {
        var home = new GeneratedSite(Scenario("critical incident naming no component").Build()).Home;

        Assert.AreEqual("Major outage", home.QuerySelector("main .banner")!.TextContent.Trim());
        Assert.AreEqual("card s-mo", home.QuerySelector("section[aria-labelledby=active] article")!.ClassName, "the card shows its impact");
    }

    private static SnapshotBuilder Scenario(string name) => name switch
    {
        "quiet" => Sites.Quiet(),
        "busy" => Sites.Busy(),
        "critical incident naming no component" => Sites.Quiet().Incident("2026-11-22-login", "Nobody can log in", Now.AddHours(-1), null, [], impact: Impact.Critical),
        "minor incident over an outage" => Sites.Quiet().Incident("2026-11-22-db", "Database down", Now.AddHours(-1), null, [("db", ComponentStatus.MajorOutage)], impact: Impact.Minor),
        "maintenance only" => Sites.Quiet().At(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static readonly List<string> Severity = ["op", "mt", "dg", "po", "mo"];

    private static readonly Dictionary<string, string> Indicators = new() { ["op"] = "none", ["mt"] = "none", ["dg"] = "minor", ["po"] = "major", ["mo"] = "critical" };

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["op"] = "All Systems Operational", ["mt"] = "Service Under Maintenance", ["dg"] = "Partially Degraded Service",
        ["po"] = "Partial System Outage", ["mo"] = "Major System Outage",
    };

    private static readonly Dictionary<string, string> BadgeWords = new()
    {
        ["op"] = "operational", ["mt"] = "under maintenance", ["dg"] = "degraded performance", ["po"] = "partial outage", ["mo"] = "major outage",
    };

    private static string Code(string classes) => classes.Split(' ').Single(c => c.StartsWith("s-", StringComparison.Ordinal))[2..];

    private static string Text(IEnumerable<OutputFile> files, string path) => Encoding.UTF8.GetString(files.Single(f => f.Path == path).Bytes);

    private static JsonElement Json(IEnumerable<OutputFile> files, string path) => JsonDocument.Parse(Text(files, path)).RootElement;
}
