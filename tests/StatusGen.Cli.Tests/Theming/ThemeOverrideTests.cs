using AngleSharp.Html.Parser;

namespace StatusGen.Cli.Tests.Theming;

/// <summary>A site's own templates, from `theme eject` to the built site, without rebuilding the tool.</summary>
[TestClass]
public sealed class ThemeOverrideTests
{
    private const string Now = "2026-11-20T12:00:00Z";

    private static CliHarness Site() => new CliHarness()
        .Write("content/site.yml", "# Our status page\n" + CliHarness.SiteYml + "\n\n# the look\ntheme:\n  footer: Acme Ltd.   # shown at the bottom\n")
        .Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

    [TestMethod]
    public void EjectCopiesTheNamedTemplatesAndSetsThemePathKeepingEveryOtherLine()
    {
        using var cli = Site();

        var run = cli.Run("theme", "eject", "Partials/StaleNote", "Layout/Page.cshtml", "--content", "content", "--path", "../themes/acme");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "copied   themes/acme/Partials/StaleNote.cshtml\n", StringComparison.Ordinal);
        StringAssert.Contains(run.Output, "copied   themes/acme/Layout/Page.cshtml\n", StringComparison.Ordinal);
        Assert.AreEqual(StatusGen.Themes.Default.Engine.DefaultTemplates.Source("Layout/Page"), cli.Read("themes/acme/Layout/Page.cshtml"));
        StringAssert.EndsWith(cli.Read("content/site.yml"), "# the look\ntheme:\n  path: ../themes/acme\n  footer: Acme Ltd.   # shown at the bottom\n", StringComparison.Ordinal);
        StringAssert.StartsWith(cli.Read("content/site.yml"), "# Our status page\ntitle: Example Status\n", StringComparison.Ordinal);
        Assert.AreEqual(0, cli.Run("check", "--content", "content", "--now", Now).ExitCode);
    }

    [TestMethod]
    public void EjectOfEverythingNeverOverwritesAnEditedTemplate()
    {
        using var cli = Site();
        cli.Run("theme", "eject", "Partials/StaleNote", "--content", "content");
        cli.Write("content/theme/Partials/StaleNote.cshtml", "@inherits RazorLight.TemplatePage<PageModel>\n<p>ours</p>\n");

        var run = cli.Run("theme", "eject", "--content", "content");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "kept     content/theme/Partials/StaleNote.cshtml (exists)", StringComparison.Ordinal);
        Assert.AreEqual("@inherits RazorLight.TemplatePage<PageModel>\n<p>ours</p>\n", cli.Read("content/theme/Partials/StaleNote.cshtml"));
        Assert.HasCount(StatusGen.Themes.Default.Engine.DefaultTemplates.Keys.Count, Directory.GetFiles(Path.Combine(cli.Root, "content/theme"), "*.cshtml", SearchOption.AllDirectories));
        Assert.AreEqual(1, cli.Read("content/site.yml").Split("path: theme").Length - 1, "theme.path is set once");
    }

    [TestMethod]
    public void EjectOfATemplateTheThemeDoesNotHaveIsAUsageErrorWithTheClosestKey()
    {
        using var cli = Site();

        var run = cli.Run("theme", "eject", "Pages/Incidnet", "--content", "content");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual("statusgen: the default theme has no template 'Pages/Incidnet' (did you mean 'Pages/Incident'?); 'statusgen theme list' shows them all.\n", run.Error);
    }

    [TestMethod]
    public void ListShowsWhichTemplatesTheSiteOverridesAndFlagsALikelyTypo()
    {
        using var cli = Site();
        cli.Run("theme", "eject", "Pages/Incident", "--content", "content");
        cli.Write("content/theme/Partials/StatusBaner.cshtml", "@inherits RazorLight.TemplatePage<PageModel>\n");

        var run = cli.Run("theme", "list", "--content", "content");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.RegularExpressions.Regex.Replace(l, " {2,}", "  ")).ToList();
        CollectionAssert.Contains(lines, "Pages/Incident  overridden by content/theme/Pages/Incident.cshtml");
        CollectionAssert.Contains(lines, "Pages/Home  default");
        CollectionAssert.Contains(lines, "Partials/StatusBaner  site only: content/theme/Partials/StatusBaner.cshtml replaces no default template (a typo of 'Partials/StatusBanner'? fine for a new partial)");
        Assert.HasCount(StatusGen.Themes.Default.Engine.DefaultTemplates.Keys.Count + 1, lines);
    }

    [TestMethod]
    public void AnOverriddenPartialChangesTheBuiltSiteAndEverythingElseStaysTheDefault()
    {
        using var cli = Site();
        var before = cli.Run("build", "--content", "content", "--output", "public", "--now", Now);
        Assert.AreEqual(0, before.ExitCode, before.ToString());
        var defaultIncident = cli.Read("public/incidents/2026-11-10-api/index.html");
        cli.Run("theme", "eject", "Layout/Page", "--content", "content");
        cli.Write("content/theme/Layout/Page.cshtml", cli.Read("content/theme/Layout/Page.cshtml").Replace("</body>", "<script defer data-domain=\"status.example.com\" src=\"/a.js\"></script>\n</body>", StringComparison.Ordinal));

        var run = cli.Run("build", "--content", "content", "--output", "public", "--now", Now);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var home = new HtmlParser().ParseDocument(cli.Read("public/index.html"));
        Assert.AreEqual("status.example.com", home.QuerySelector("body > script[data-domain]")?.GetAttribute("data-domain"));
        var incident = cli.Read("public/incidents/2026-11-10-api/index.html");
        Assert.AreEqual(defaultIncident.Replace("</body>", "<script defer data-domain=\"status.example.com\" src=\"/a.js\"></script>\n</body>", StringComparison.Ordinal), incident, "only the layout's change, the page itself is the default template's");
    }

    [TestMethod]
    public void EveryTemplateEjectedUnchangedBuildsTheSameSiteByteForByte()
    {
        using var cli = Site();
        Assert.AreEqual(0, cli.Run("build", "--content", "content", "--output", "default", "--now", Now).ExitCode);
        cli.Run("theme", "eject", "--content", "content");

        var run = cli.Run("build", "--content", "content", "--output", "ejected", "--now", Now);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var files = Directory.GetFiles(Path.Combine(cli.Root, "default"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(cli.Root, "default"), f)).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(files, Directory.GetFiles(Path.Combine(cli.Root, "ejected"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(cli.Root, "ejected"), f)).Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
        {
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(cli.Root, "default", file)), File.ReadAllBytes(Path.Combine(cli.Root, "ejected", file)), file);
        }
    }

    [TestMethod]
    public void ATemplateThatThrowsWhileRenderingIsAContentErrorAtItsLine()
    {
        using var cli = Site();
        cli.Write("public/index.html", "the previous site");
        cli.Run("theme", "eject", "Pages/Incident", "--content", "content");
        cli.Write("content/theme/Pages/Incident.cshtml", "@inherits RazorLight.TemplatePage<IncidentPageModel>\n@{ Layout = \"Layout/Page\"; }\n<h1>@Model.Incident.Title</h1>\n<p>@Model.Incident.Updates[40].Body</p>\n");

        var run = cli.Run("build", "--content", "content", "--output", "public", "--now", Now);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.ErrorLines[0], "content/theme/Pages/Incident.cshtml:4:1: error SG0804: template 'Pages/Incident' failed while rendering incidents/2026-11-10-api/index.html: ArgumentOutOfRangeException:", StringComparison.Ordinal);
        Assert.AreEqual("the previous site", cli.Read("public/index.html"));
    }
}
