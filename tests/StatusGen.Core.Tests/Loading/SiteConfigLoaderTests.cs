using StatusGen.Model;

namespace StatusGen.Tests.Loading;

[TestClass]
public sealed class SiteConfigLoaderTests
{
    private static void AssertLines(string siteYml, params string[] expected)
    {
        using var fixture = new ContentFixture(siteYml);
        Assert.AreEqual(string.Join("\n", expected), string.Join("\n", fixture.Lines()));
    }

    [TestMethod]
    public void LoadsEverySectionOfSiteYml()
    {
        using var fixture = new ContentFixture("""
            title: Example Status
            description: Live status of Example's services.
            baseUrl: https://status.example.com/sub
            language: de
            timezone: Europe/Berlin
            components:
              - id: api
                name: API
                group: Platform
                description: The public REST API.
                since: 2026-01-31
            links:
              support: https://example.com/support
              contact: mailto:ops@example.com
            uptime:
              partialOutageWeight: 0.5
              countMaintenance: true
              windowDays: 30
            theme:
              accentColor: "#0b5fff"
              logo: logo.svg
              headerLinks:
                - label: Blog
                  url: https://example.com/blog
              footer: Example GmbH
            feeds:
              maxEntries: 20
            lint:
              updateCadenceMinutes: 30
              firstUpdateMinutes: 15
              postmortemDays: 7
            """).With("logo.svg", "<svg/>");

        var result = fixture.Load();

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        var site = result.Content!.Site;
        Assert.AreEqual("https://status.example.com/sub/", site.BaseUrl.AbsoluteUri);
        Assert.AreEqual("de", site.Language);
        Assert.AreEqual("Europe/Berlin", site.TimeZone.Id);
        Assert.AreEqual(new Component { Id = "api", Name = "API", Group = "Platform", Description = "The public REST API.", Since = new DateOnly(2026, 1, 31) }, site.Components.Single());
        Assert.AreEqual("mailto:ops@example.com", site.Links.Contact!.ToString());
        Assert.AreEqual(0.5, site.Uptime.PartialOutageWeight);
        Assert.IsTrue(site.Uptime.CountMaintenance);
        Assert.AreEqual(30, site.Uptime.WindowDays);
        Assert.AreEqual("#0b5fff", site.Theme.AccentColor);
        Assert.AreEqual("logo.svg", site.Theme.Logo);
        Assert.AreEqual(new SiteLink("Blog", new Uri("https://example.com/blog")), site.Theme.HeaderLinks.Single());
        Assert.AreEqual(20, site.Feeds.MaxEntries);
        Assert.AreEqual(TimeSpan.FromMinutes(30), site.Lint.UpdateCadence);
        Assert.AreEqual(TimeSpan.FromDays(7), site.Lint.PostmortemWithin);
    }

    [TestMethod]
    public void ReportsEveryBadFieldOfSiteYmlInOneRun() => AssertLines(
        """
        title: Example Status
        baseUrl: status.example.com
        language: tlh
        timezone: Europe/Berlim
        components:
          - id: API Gateway
            name: API
          - id: web
            name: Website
            since: 2026-13-01
          - id: web
            name: Website again
        uptime:
          partialOutageWeight: 1.5
          countMaintenance: yes
        links:
          support: example.com/help
        theme:
          accentColor: blue
          logo: missing.png
        """,
        "content/site.yml:2:10: error SG0101: 'baseUrl' must be an absolute http(s) URL without query, not 'status.example.com' (write it like 'https://status.example.com/')",
        "content/site.yml:3:11: error SG0102: language 'tlh' is not supported by the theme (use one of: en, de, es, fr, it, ja, nl, pl, pt-BR, sv)",
        "content/site.yml:4:11: error SG0103: unknown time zone 'Europe/Berlim' (did you mean 'Europe/Berlin'?)",
        "content/site.yml:6:9: error SG0105: component id 'API Gateway' is not a lower-case slug (use letters a-z, digits and '-', e.g. 'api-gateway')",
        "content/site.yml:10:12: error SG0106: 'since' must be a date written YYYY-MM-DD, not '2026-13-01' (write it like 'since: 2026-01-31')",
        "content/site.yml:11:9: error SG0104: component id 'web' is used twice (it is first used at line 8; give each component its own id)",
        "content/site.yml:14:24: error SG0107: 'partialOutageWeight' must be a number from 0 to 1, not '1.5' (write a decimal number with a '.', e.g. 0.3)",
        "content/site.yml:15:21: error SG0112: 'countMaintenance' must be true or false, not 'yes' (write 'countMaintenance: true' or 'countMaintenance: false')",
        "content/site.yml:17:12: error SG0108: 'support' must be an absolute https or http URL, not 'example.com/help' (write it like 'https://example.com/support')",
        "content/site.yml:19:16: error SG0110: 'accentColor' must be a hex colour like '#0b5fff', not 'blue' (write '#' and 3 or 6 hex digits, quoted: accentColor: \"#0b5fff\")",
        "content/site.yml:20:9: error SG0111: 'logo' names 'missing.png', which is not a file inside the content folder (give a path relative to the folder holding site.yml, e.g. 'assets/logo.svg')");

    [TestMethod]
    public void ReservesTheIdOfTheOverallStatusBadge() => AssertLines(
        """
        title: Example Status
        baseUrl: https://status.example.com/
        language: en
        timezone: Europe/Berlin
        components:
          - id: status
            name: Status page
        """,
        "content/site.yml:6:9: error SG0113: component id 'status' is reserved for the overall status badge (choose another id, e.g. 'status-page')");

    [TestMethod]
    public void ReportsMissingRequiredKeysAtTheStartOfSiteYml() => AssertLines(
        "title: Example Status\ncomponents: []\nfeeds:\n  maxEntries: 0\n",
        "content/site.yml:1:1: error SG0009: site.yml has no 'baseUrl' (add a line 'baseUrl: https://status.example.com/')",
        "content/site.yml:1:1: error SG0009: site.yml has no 'language' (add a line 'language: en')",
        "content/site.yml:1:1: error SG0009: site.yml has no 'timezone' (add a line 'timezone: Europe/Berlin')",
        "content/site.yml:2:13: error SG0109: 'components' is empty (list at least one component: '- id: api' and '  name: API')",
        "content/site.yml:4:15: error SG0107: 'maxEntries' must be a whole number from 1 to 10000, not '0' (write for example 'maxEntries: 60')");

    [TestMethod]
    public void ReportsAnUnknownKeyInANestedSectionWithASuggestion() => AssertLines(
        ContentFixture.SiteYml + "\nuptime:\n  windowDay: 30\n",
        "content/site.yml:14:3: error SG0008: unknown key 'windowDay' in 'uptime' (did you mean 'windowDays'?)");
}
