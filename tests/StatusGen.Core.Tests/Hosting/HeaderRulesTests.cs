using StatusGen.Api;
using StatusGen.Badges;
using StatusGen.Building;
using StatusGen.Calendar;
using StatusGen.Feeds;
using StatusGen.Hosting;
using StatusGen.Seo;
using StatusGen.Tests.Feeds;
using StatusGen.Widget;

namespace StatusGen.Tests.Hosting;

[TestClass]
public sealed class HeaderRulesTests
{
    /// <summary>Every file a full build writes, plus the theme's pages and assets as request paths.</summary>
    private static IReadOnlyList<string> SitePaths()
    {
        var snapshot = ChannelSites.OngoingIncidentAndUpcomingMaintenance();
        IOutputGenerator[] generators = [new FeedGenerator(), new StatuspageApiGenerator(), new MaintenanceCalendarGenerator(), new BadgeGenerator(), new WidgetGenerator(), new SitemapGenerator()];
        var files = generators.SelectMany(g => g.Generate(snapshot)).Select(f => "/" + f.Path);
        var pages = SitePages.All(snapshot).SelectMany(p => new[] { "/" + p.Path, "/" + p.Path + "index.html" });
        return [.. files.Concat(pages).Append("/404.html").Append("/assets/site.3f2a9c1b.css").Append("/widget/").Distinct()];
    }

    /// <summary>Netlify and Cloudflare Pages matching: a trailing "*" matches any rest of the path, anything else matches exactly.</summary>
    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;

    private static IReadOnlyList<HttpHeader> HeadersFor(string path) =>
        [.. HeaderRules.All.Where(r => Matches(r.Pattern, path)).SelectMany(r => r.Headers)];

    private static string Header(string path, string name) => HeadersFor(path).Single(h => h.Name == name).Value;

    [TestMethod]
    public void NoPathGetsOneHeaderFromTwoRules()
    {
        foreach (var path in SitePaths())
        {
            var twice = HeadersFor(path).GroupBy(h => h.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.IsEmpty(twice, $"{path}: {string.Join(", ", twice)}");
        }
    }

    [TestMethod]
    public void EveryPathIsCachedAndHardened()
    {
        foreach (var path in SitePaths())
        {
            var names = HeadersFor(path).Select(h => h.Name).ToList();
            CollectionAssert.IsSubsetOf(new[] { "Cache-Control", "X-Content-Type-Options", "Referrer-Policy" }, names, path);
        }
    }

    [TestMethod]
    public void HtmlFeedsAndJsonRevalidateWhileFingerprintedAssetsAreImmutable()
    {
        foreach (var path in new[] { "/", "/index.html", "/incidents/2026-11-10-api-errors/", "/history.atom", "/history.rss", "/feed.json", "/api/v2/summary.json", "/maintenance.ics", "/badges/status.svg" })
        {
            Assert.AreEqual("public, max-age=60, must-revalidate", Header(path, "Cache-Control"), path);
        }

        Assert.AreEqual("public, max-age=31536000, immutable", Header("/assets/site.3f2a9c1b.css", "Cache-Control"));
    }

    [TestMethod]
    public void TheApiAndBadgesAllowEveryOrigin()
    {
        Assert.AreEqual("*", Header("/api/v2/status.json", "Access-Control-Allow-Origin"));
        Assert.AreEqual("*", Header("/badges/api.json", "Access-Control-Allow-Origin"));
        Assert.IsFalse(HeadersFor("/index.html").Any(h => h.Name == "Access-Control-Allow-Origin"));
    }

    [TestMethod]
    public void PagesForbidFramingAndInlineScriptWhileTheWidgetMayBeFramed()
    {
        foreach (var path in SitePaths().Where(p => (p.EndsWith('/') || p.EndsWith(".html", StringComparison.Ordinal)) && !p.StartsWith("/widget/", StringComparison.Ordinal)))
        {
            var csp = Header(path, "Content-Security-Policy");
            StringAssert.StartsWith(csp, "default-src 'self';", path);
            Assert.Contains("frame-ancestors 'none'", csp, path);
            Assert.IsFalse(csp.Split(';').Any(d => d.Contains("unsafe-inline", StringComparison.Ordinal) && !d.Trim().StartsWith("style-src-attr ", StringComparison.Ordinal)),
                $"{path}: only style attributes may be inline: {csp}");
            Assert.DoesNotContain("script-src", csp, "scripts fall back to default-src 'self'");
            Assert.AreEqual("DENY", Header(path, "X-Frame-Options"), path);
        }

        Assert.Contains("frame-ancestors *", Header("/widget/index.html", "Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", Header("/widget/index.html", "Content-Security-Policy"));
        Assert.IsFalse(HeadersFor("/widget/index.html").Any(h => h.Name == "X-Frame-Options"));
    }

    [TestMethod]
    public void TheHeadersFileListsEveryRuleInTheHostsFormat()
    {
        var text = new HeadersFileGenerator().Generate(ChannelSites.OngoingIncidentAndUpcomingMaintenance()).File("_headers").Text();

        CollectionAssert.AreEqual(HostingFiles.Lines(HeaderRules.All), HostingFiles.Lines(HostingFiles.ParseHeadersFile(text)));
    }
}
