using System.Text.Json;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests.Validation;

/// <summary>
/// Every generated page passes the Nu HTML checker (npm vnu-jar, the W3C validator's engine) with no errors.
/// One JVM checks all pages of a site at once.
/// </summary>
[TestClass]
public sealed class NuHtmlCheckerTests
{
    [TestMethod]
    public void EveryPageOfTheBusyFixtureSiteIsValidHtml()
    {
        AssertValid(new GeneratedSite(Sites.Busy().Build()), "busy");
    }

    [TestMethod]
    public void EveryPageOfTheGermanFixtureSiteIsValidHtml()
    {
        AssertValid(new GeneratedSite(Sites.Busy().Language("de").Build()), "busy-de");
    }

    [TestMethod]
    public void EveryPageOfACustomisedQuietSiteIsValidHtml()
    {
        var site = new GeneratedSite(
            Sites.Quiet().Site(s => s with
            {
                Theme = new Model.ThemeSettings
                {
                    Logo = "logo.png",
                    HeaderLinks = [new Model.SiteLink("Support & help", new Uri("https://example.com/help?a=1&b=2"))],
                    Footer = "Acme <Ltd> & partners",
                },
            }).Build(),
            new Dictionary<string, byte[]> { ["logo.png"] = [0x89, 0x50, 0x4E, 0x47] });
        AssertValid(site, "quiet-custom");
    }

    [TestMethod]
    public void EveryPageOfTheDemoSiteIsValidHtml()
    {
        var snapshot = DemoContent.Snapshot();
        var theme = new DefaultTheme();
        var site = new GeneratedSite(snapshot, theme);
        AssertValid(site, "demo");
    }

    [TestMethod]
    public void HomePageOfALargeBusySiteIsValidHtml()
    {
        // The site-wide row and the compact component rows (docs/theme.md, "Weight").
        AssertValid(GeneratedSite.HomeOnly(Sites.Dense(10_000, 100).Build()), "large");
    }

    /// <summary>Writes the site to artifacts/validation/NAME and runs vnu on every .html file.</summary>
    internal static void AssertValid(GeneratedSite site, string name)
    {
        var directory = site.WriteTo(Path.Combine(RepoPaths.Root, "artifacts", "validation", name));
        var pages = Directory.GetFiles(directory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        AssertValid(pages, directory);
    }

    internal static void AssertValid(IReadOnlyList<string> pages, string directory)
    {
        var java = ExternalTool.RequireOnPath("java", "Java (for the Nu HTML checker)");
        var jar = ExternalTool.Require(Path.Combine(RepoPaths.NodeModules, "vnu-jar", "build", "dist", "vnu.jar"), "The Nu HTML checker (npm vnu-jar)");
        Assert.IsNotEmpty(pages);

        var (exitCode, output, error) = ExternalTool.Run(java, ["-jar", jar, "--errors-only", "--format", "json", .. pages], TimeSpan.FromMinutes(5));

        // vnu writes its JSON report to standard error.
        var report = error.Trim().Length > 0 ? error : output;
        using var json = JsonDocument.Parse(report);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Path.GetRelativePath(directory, new Uri(m.GetProperty("url").GetString()!).LocalPath)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.IsEmpty(messages, $"{messages.Count} errors in {pages.Count} pages:\n" + string.Join("\n", messages.Take(50)));
        Assert.AreEqual(0, exitCode, report);
    }
}
