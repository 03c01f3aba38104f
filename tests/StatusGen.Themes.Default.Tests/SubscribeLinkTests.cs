using StatusGen.Model;
using StatusGen.Notify;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests;

/// <summary>site.yml's notify.subscribe links, shown beside the feeds on every page's footer, the home page's included.</summary>
[TestClass]
public sealed class SubscribeLinkTests
{
    [TestMethod]
    public void ConfiguredSubscribeLinksFollowTheFeedsOnEveryPage()
    {
        var site = new GeneratedSite(Sites.Quiet().Site(s => s with
        {
            Notify = new NotifySettings
            {
                Subscribe =
                [
                    new SiteLink("Email updates", new Uri("mailto:status-subscribe@lists.example.com")),
                    new SiteLink("Chat community", new Uri("https://chat.example.com/invite/status")),
                ],
            },
        }).Build());

        foreach (var path in new[] { "index.html", "history/index.html" })
        {
            var links = site.Page(path).QuerySelectorAll("footer .feeds a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            CollectionAssert.AreEqual(
                new[] { ("Email updates", (string?)"mailto:status-subscribe@lists.example.com"), ("Chat community", "https://chat.example.com/invite/status") },
                links.TakeLast(2).ToArray(), path);
            Assert.AreEqual(5, links.Count, "RSS, Atom and JSON Feed come first");
        }
    }

    [TestMethod]
    public void WithoutSubscribeLinksTheFooterShowsTheFeedsAlone()
    {
        var site = new GeneratedSite(Sites.Quiet().Build());
        Assert.AreEqual(3, site.Home.QuerySelectorAll("footer .feeds a").Length);
    }
}
