using System.Text;
using StatusGen.Model;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests;

[TestClass]
public sealed class CustomisationTests
{
    private static readonly Dictionary<string, byte[]> ContentFiles = new()
    {
        ["brand/logo.svg"] = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>"),
        ["brand/extra.css"] = Encoding.UTF8.GetBytes(".banner{border-radius:0}"),
    };

    private static GeneratedSite Customised() => new(
        Sites.Quiet().Site(s => s with
        {
            Theme = new ThemeSettings
            {
                Logo = "brand/logo.svg",
                AccentColor = "#6f42c1",
                ExtraCss = "brand/extra.css",
                HeaderLinks = [new SiteLink("Support", new Uri("https://example.com/support"))],
                Footer = "© Acme Ltd. All rights reserved.",
            },
        }).Build(),
        ContentFiles);

    [TestMethod]
    public void LogoIsCopiedUnderAHashedNameAndShownInTheHeader()
    {
        var site = Customised();

        var src = site.Home.QuerySelector("header img")!.GetAttribute("src")!;
        StringAssert.StartsWith(src, "assets/logo.", StringComparison.Ordinal);
        CollectionAssert.AreEqual(ContentFiles["brand/logo.svg"], site.Files[src].Bytes);
        Assert.AreEqual("", site.Home.QuerySelector("header img")!.GetAttribute("alt"), "the site title next to it names the link");
    }

    [TestMethod]
    public void AccentColourAndExtraCssEndUpInTheStylesheet()
    {
        var site = Customised();

        var css = site.Text(GeneratedSite.Resolve("index.html", site.Home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!)!);
        StringAssert.Contains(css, "--accent:#6f42c1", StringComparison.Ordinal);
        Assert.IsTrue(css.TrimEnd().EndsWith(".banner{border-radius:0}", StringComparison.Ordinal), "extra CSS comes last so it wins");
    }

    [TestMethod]
    public void HeaderLinksAndFooterTextAreShown()
    {
        var home = Customised().Home;

        var last = home.QuerySelectorAll("header nav a")[^1];
        Assert.AreEqual("https://example.com/support", last.GetAttribute("href"));
        Assert.AreEqual("Support", last.TextContent);
        Assert.IsTrue(home.QuerySelectorAll("footer p").Any(p => p.TextContent == "© Acme Ltd. All rights reserved."));
    }

    [TestMethod]
    public void CustomisationChangesTheStylesheetsName()
    {
        var plain = new GeneratedSite(Sites.Quiet().Build()).Home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");
        var custom = Customised().Home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");

        Assert.AreNotEqual(plain, custom);
    }
}
