using AngleSharp.Html.Parser;
using StatusGen.Building;
using StatusGen.Tests.Feeds;
using StatusGen.Widget;

namespace StatusGen.Tests.Widget;

[TestClass]
public sealed class WidgetTests
{
    private static IReadOnlyList<OutputFile> Generate(string language = "en") =>
        [.. new WidgetGenerator().Generate(ChannelSites.OngoingIncidentAndUpcomingMaintenance(language))];

    [TestMethod]
    public void ThePageShowsTheCurrentStatusWithoutJavaScript()
    {
        var page = new HtmlParser().ParseDocument(Generate().File("widget/index.html").Text());

        var widget = page.QuerySelector("[data-statusgen-widget]")!;
        Assert.AreEqual("Partial outage", widget.TextContent, "the banner's words");
        Assert.AreEqual("major", widget.GetAttribute("data-indicator"));
        Assert.AreEqual("https://status.example.com/", widget.GetAttribute("href"));
        Assert.AreEqual("en", page.DocumentElement.GetAttribute("lang"));
    }

    [TestMethod]
    public void ThePageHasNoInlineScriptOrStyleSoAStrictCspHolds()
    {
        var page = new HtmlParser().ParseDocument(Generate().File("widget/index.html").Text());

        Assert.IsTrue(page.QuerySelectorAll("script").All(s => s.HasAttribute("src") && s.TextContent.Length == 0));
        Assert.IsEmpty(page.QuerySelectorAll("style, [style]"));
        Assert.IsTrue(page.All.All(e => !e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))), "no inline event handlers");
        Assert.AreEqual("widget.js", page.QuerySelector("script")!.GetAttribute("src"));
        Assert.AreEqual("widget.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [TestMethod]
    public void GermanPagesShowGermanWords()
    {
        var page = new HtmlParser().ParseDocument(Generate("de").File("widget/index.html").Text());

        Assert.AreEqual("Teilweiser Ausfall", page.QuerySelector("[data-statusgen-widget]")!.TextContent);
    }

    [TestMethod]
    public void TheScriptIsSmallAndReadsStatusJsonRelativeToItself()
    {
        var script = Generate().File("widget/widget.js");

        Assert.IsLessThan(4096, script.Bytes.Length, "a few KB at most");
        Assert.Contains("new URL(\"../api/v2/status.json\", script.src)", script.Text());
        Assert.DoesNotContain("innerHTML", script.Text());
    }

    [TestMethod]
    public void ThePageAndTheScriptUseTheBannersWordsInEveryLanguage()
    {
        foreach (var language in Localization.LanguageFiles.Languages)
        {
            var files = Generate(language);
            var script = files.File("widget/widget.js").Text();
            var shown = new HtmlParser().ParseDocument(files.File("widget/index.html").Text()).QuerySelector("[data-statusgen-widget]")!.TextContent;
            var banner = Localization.SiteText.For(language).Banner;

            Assert.AreEqual(banner[Model.ComponentStatus.PartialOutage], shown, language);
            Assert.Contains($"\"Partial System Outage\":\"{shown}\"", script, language);
            Assert.Contains($"\"All Systems Operational\":\"{banner[Model.ComponentStatus.Operational]}\"", script, language);
        }
    }

    [TestMethod]
    public void TheScriptRendersAndRefreshesTheStatusFromTheApi()
    {
        var node = ExternalTool.Find("node");
        ExternalTool.Require(node is not null, "node");
        var folder = Directory.CreateTempSubdirectory("statusgen-widget-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "widget.js"), Generate("de").File("widget/widget.js").Bytes);
            // A minimal DOM and fetch: enough to run the real script once and see what it writes and requests.
            File.WriteAllText(Path.Combine(folder, "run.mjs"), """
                import { readFileSync } from "node:fs";
                const requested = [];
                function element(tag) {
                  return { tag, attrs: {}, children: [], style: {}, textContent: "",
                    setAttribute(k, v) { this.attrs[k] = v; }, getAttribute(k) { return this.attrs[k] ?? null; },
                    appendChild(c) { this.children.push(c); } };
                }
                const target = element("a");
                const script = element("script");
                script.src = "https://status.example.com/widget/widget.js";
                globalThis.document = { currentScript: script, documentElement: { lang: "en" },
                  querySelectorAll: () => [target], createElement: element };
                globalThis.window = { fetch: true };
                globalThis.setInterval = (fn, ms) => requested.push("interval " + ms);
                globalThis.fetch = async (url) => { requested.push(url);
                  return { ok: true, json: async () => ({ status: { indicator: "critical", description: "Major System Outage" } }) }; };
                eval(readFileSync(new URL("./widget.js", import.meta.url), "utf8"));
                await new Promise(r => setTimeout(r, 50));
                console.log(JSON.stringify({ requested, text: target.children.map(c => c.textContent).join(""),
                  indicator: target.attrs["data-indicator"], dot: target.children[0].style.background }));
                """);

            var (exitCode, output) = ExternalTool.Run(node!, ["run.mjs"], folder);

            Assert.AreEqual(0, exitCode, output);
            using var result = System.Text.Json.JsonDocument.Parse(output);
            var root = result.RootElement;
            CollectionAssert.AreEqual(new[] { "https://status.example.com/api/v2/status.json", "interval 60000" },
                root.GetProperty("requested").EnumerateArray().Select(r => r.GetString()).ToList());
            Assert.AreEqual("Schwerer Ausfall", root.GetProperty("text").GetString(), "a German site's widget speaks German");
            Assert.AreEqual("critical", root.GetProperty("indicator").GetString());
            Assert.AreEqual("#c62828", root.GetProperty("dot").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
