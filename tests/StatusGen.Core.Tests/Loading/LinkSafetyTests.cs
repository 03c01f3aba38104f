using AngleSharp.Html.Parser;
using StatusGen.Markdown;

namespace StatusGen.Tests.Loading;

/// <summary>Links may use http, https, mailto or a relative address; anything else is an error at the link, and never rendered.</summary>
[TestClass]
public sealed class LinkSafetyTests
{
    private const string Head = "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n## 2026-11-10 09:20 Investigating\n";

    private const string Fix = "links may only use http, https, mailto or a relative address (link to an https:// page instead)";

    [TestMethod]
    [DataRow("See [the log](javascript:alert(1)).", 5, "javascript:alert(1)")]
    [DataRow("See [the log](JaVaScRiPt:alert(1)).", 5, "JaVaScRiPt:alert(1)")]
    [DataRow("See [the log](&#106;avascript:alert(1)).", 5, "javascript:alert(1)")]
    [DataRow("See [the log](java&#9;script:alert(1)).", 5, "java\tscript:alert(1)")]
    [DataRow("See <javascript:alert(1)>.", 5, "javascript:alert(1)")]
    [DataRow("See ![chart](data:text/html;base64,PHNjcmlwdD4=).", 5, "data:text/html;base64,PHNjcmlwdD4=")]
    [DataRow("See [the log](vbscript:msgbox).", 5, "vbscript:msgbox")]
    [DataRow("See [the log][r].\n\n[r]: javascript:alert(1)", 5, "javascript:alert(1)")]
    public void ReportsALinkWithAForbiddenSchemeAtTheLink(string body, int column, string url)
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", Head + body + "\n");

        Assert.AreEqual($"content/incidents/2026-11-10-api.md:8:{column}: error SG0022: the link target '{url}' is not allowed; {Fix}", fixture.Lines().Single());
    }

    [TestMethod]
    public void AcceptsHttpHttpsMailtoAndRelativeLinks()
    {
        var body = "[a](https://example.com) [b](http://example.com) [c](mailto:ops@example.com) [d](/history/) [e](#top) <https://example.com> www.example.com\n";
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", Head + body);

        Assert.IsEmpty(fixture.Lines().Where(l => l.Contains(" error ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void TheRendererNeverEmitsAForbiddenTargetEvenWhenTheLoaderWasSkipped()
    {
        var html = MarkdownRenderer.Default.Render("[a](javascript:x) <vbscript:y> ![i](DATA:text/html,z) [ok](https://example.com)").Html;
        var document = new HtmlParser().ParseDocument(html);

        CollectionAssert.AreEqual(
            new[] { "#", "#", "#", "https://example.com" },
            document.QuerySelectorAll("a[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToArray());
    }

    [TestMethod]
    public void RejectsABaseUrlWithCredentials()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml.Replace("https://status.example.com/", "https://deploy:s3cret@status.example.com/", StringComparison.Ordinal));

        Assert.AreEqual("content/site.yml:2:10: error SG0114: 'baseUrl' contains a user name or password, which would be published on every page (remove the 'user:password@' part; protect a preview site with your host's access control instead)", fixture.Lines().Single());
    }
}
