using System.Text;
using System.Text.RegularExpressions;
using StatusGen.Themes.Default.Rendering;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests;

/// <summary>Properties every generated page must have, checked on the busy fixture site.</summary>
[TestClass]
public sealed partial class SiteWideTests
{
    private static readonly Lazy<GeneratedSite> Busy = new(() => new GeneratedSite(Sites.Busy().Build()));

    [TestMethod]
    public void GeneratesEveryPageOfTheSite()
    {
        var pages = Busy.Value.Pages.ToList();

        foreach (var expected in new[]
        {
            "index.html", "404.html", "history/index.html", "uptime/index.html", "maintenance/index.html",
            "incidents/2026-11-22-api-errors/index.html", "incidents/2026-11-18-database-outage/index.html",
            "maintenance/2026-11-28-db-upgrade/index.html", "components/api/index.html", "components/mail/index.html",
        })
        {
            Assert.Contains(expected, pages);
        }
    }

    [TestMethod]
    public void EveryRelativeLinkResolvesToAGeneratedFile()
    {
        var site = Busy.Value;
        // The feeds and the JSON feed are written by the feeds output, not the theme.
        var otherOutputs = new[] { "history.rss", "history.atom", "feed.json" };
        foreach (var path in site.Pages.Where(p => p != "404.html"))
        {
            var page = site.Page(path);
            var urls = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!))
                .Where(u => !u.StartsWith('#') && !u.StartsWith("https://status.example.com/", StringComparison.Ordinal));
            foreach (var url in urls)
            {
                Assert.IsFalse(url.StartsWith('/'), $"{path}: '{url}' is not relative");
                var target = GeneratedSite.Resolve(path, url.Split('#')[0]);
                Assert.IsNotNull(target, $"{path}: '{url}' leaves the site");
                Assert.IsTrue(site.Files.ContainsKey(target) || otherOutputs.Contains(target), $"{path}: '{url}' leads to '{target}', which was not generated");
            }
        }
    }

    [TestMethod]
    public void NotFoundPageLinksFromTheBaseUrlPathBecauseHostsServeItAtAnyDepth()
    {
        var page = Busy.Value.Page("404.html");

        Assert.AreEqual("/acme/", page.QuerySelector("main a")!.GetAttribute("href"));
        StringAssert.StartsWith(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), "/acme/assets/site.", StringComparison.Ordinal);
    }

    [TestMethod]
    public void NoPageLoadsAnythingFromAnotherOrigin()
    {
        foreach (var path in Busy.Value.Pages)
        {
            var page = Busy.Value.Page(path);
            var loaded = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            foreach (var url in loaded)
            {
                Assert.IsFalse(url.Contains("//", StringComparison.Ordinal), $"{path} loads {url}");
            }

            Assert.IsFalse(Busy.Value.Text(path).Contains("@import", StringComparison.Ordinal));
        }
    }

    [TestMethod]
    public void EveryShownTimeOfDayIsInsideATimeElementWithADatetime()
    {
        foreach (var path in Busy.Value.Pages)
        {
            var page = Busy.Value.Page(path);
            var times = page.QuerySelectorAll("time");
            Assert.IsNotEmpty(times, $"{path} shows no <time>");
            foreach (var time in times)
            {
                Assert.IsTrue(MachineValue().IsMatch(time.GetAttribute("datetime") ?? ""), $"{path}: <time>{time.TextContent}</time> has datetime '{time.GetAttribute("datetime")}'");
            }

            // Every "HH:mm" a visitor can read sits in a <time>: remove them and none is left.
            foreach (var time in times.ToList())
            {
                time.Remove();
            }

            var rest = page.Body!.TextContent;
            Assert.IsFalse(ClockTime().IsMatch(rest), $"{path} shows a time outside <time>: '{ClockTime().Match(rest).Value}'");
        }
    }

    [TestMethod]
    public void EveryPageHasLanguageTitleCanonicalOpenGraphFeedsAndStatusFavicon()
    {
        foreach (var path in Busy.Value.Pages)
        {
            var page = Busy.Value.Page(path);
            Assert.AreEqual("en", page.DocumentElement.GetAttribute("lang"));
            Assert.IsFalse(string.IsNullOrWhiteSpace(page.Title));
            var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            StringAssert.StartsWith(canonical, "https://status.example.com/acme/", StringComparison.Ordinal);
            Assert.AreEqual(canonical, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.IsNotNull(page.QuerySelector("meta[property='og:title']"));
            CollectionAssert.AreEquivalent(
                new[] { "application/rss+xml", "application/atom+xml", "application/feed+json" },
                page.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("type")).ToList());
            StringAssert.Contains(page.QuerySelector("link[rel=icon]")!.GetAttribute("href"), "assets/status-po.", "partial outage favicon");
        }

        Assert.AreEqual("https://status.example.com/acme/incidents/2026-11-22-api-errors/",
            Busy.Value.Page("incidents/2026-11-22-api-errors/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [TestMethod]
    public void AssetNamesCarryAHashOfTheirContent()
    {
        var assets = Busy.Value.Files.Values.Where(f => f.Path.StartsWith("assets/", StringComparison.Ordinal)).ToList();

        Assert.IsTrue(assets.Any(a => a.Path.EndsWith(".css", StringComparison.Ordinal)));
        Assert.IsTrue(assets.Any(a => a.Path.EndsWith(".js", StringComparison.Ordinal)));
        foreach (var asset in assets)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(asset.Bytes))[..10];
            StringAssert.Contains(asset.Path, "." + hash + ".", StringComparison.Ordinal);
        }
    }

    [TestMethod]
    public void APageThatCannotBeRenderedReportsItsOwnErrorNotTheParallelLoops()
    {
        // Pages render in parallel; a failure must read as the page's own exception, as one page at a time would.
        var snapshot = Sites.Busy().Build();
        var broken = snapshot.Content.Incidents[0] with { Updates = null! };
        var content = snapshot.Content with { Incidents = [broken, .. snapshot.Content.Incidents.Skip(1)] };

        var error = Assert.Throws<Exception>(() => new DefaultTheme((_, path) => throw new FileNotFoundException(path)).Generate(snapshot with { Content = content }).ToList());

        Assert.IsNotInstanceOfType<AggregateException>(error);
    }

    [TestMethod]
    public void SameSnapshotGivesSameBytes()
    {
        var first = new GeneratedSite(Sites.Busy().Build());
        var second = new GeneratedSite(Sites.Busy().Build());

        CollectionAssert.AreEqual(first.Files.Keys.ToList(), second.Files.Keys.ToList());
        foreach (var (path, file) in first.Files)
        {
            CollectionAssert.AreEqual(file.Bytes, second.Files[path].Bytes, path);
        }
    }

    [TestMethod]
    public void HomePageWithEverythingItLoadsStaysUnder60KilobytesWithTwoThousandIncidents()
    {
        var site = new GeneratedSite(Sites.Many(2000).Build());

        var weight = HomeWeight(site);

        Assert.IsLessThanOrEqualTo(60 * 1024, weight, $"home page and its assets weigh {weight} bytes");
        Assert.HasCount(HistoryPaging.PageCount(site.Snapshot.Content.Incidents.Count), site.Pages.Where(p => p.StartsWith("history/", StringComparison.Ordinal)).ToList());
    }

    [TestMethod]
    public void HomePageWeightDoesNotGrowWithOlderIncidents()
    {
        // Incidents before the uptime window change nothing the home page shows.
        var fewer = HomeWeight(new GeneratedSite(Sites.Many(500).Build()));
        var more = HomeWeight(new GeneratedSite(Sites.Many(2000).Build()));

        Assert.AreEqual(fewer, more);
    }

    [TestMethod]
    public void HistoryPagesHoldAFixedNumberOfIncidents()
    {
        var site = new GeneratedSite(Sites.Many(200).Build());
        var total = site.Snapshot.Content.Incidents.Count;

        var counts = site.Pages.Where(p => p.StartsWith("history/", StringComparison.Ordinal))
            .Select(p => site.Page(p).QuerySelectorAll("main section li > a").Length).ToList();

        Assert.AreEqual(total, counts.Sum());
        Assert.IsTrue(counts.All(c => c <= HistoryPaging.PageSize));
        var second = site.Page("history/2.html");
        Assert.AreEqual("Page 2 of 9", second.QuerySelector("main > p")!.TextContent);
        Assert.AreEqual("history/3.html", GeneratedSite.Resolve("history/2.html", second.QuerySelector("a[rel=next]")!.GetAttribute("href")!));
        Assert.AreEqual("history/index.html", GeneratedSite.Resolve("history/2.html", second.QuerySelector("a[rel=prev]")!.GetAttribute("href")!));
    }

    internal static long HomeWeight(GeneratedSite site)
    {
        var home = site.Home;
        var loaded = home.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src], img[src]")
            .Select(e => GeneratedSite.Resolve("index.html", e.GetAttribute("href") ?? e.GetAttribute("src")!)!);
        return Encoding.UTF8.GetByteCount(site.Text("index.html")) + loaded.Sum(p => (long)site.Files[p].Bytes.Length);
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z))?)?|PT\d+H\d+M)$")]
    private static partial Regex MachineValue();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex ClockTime();
}
