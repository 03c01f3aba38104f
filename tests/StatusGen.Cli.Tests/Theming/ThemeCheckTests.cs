namespace StatusGen.Cli.Tests.Theming;

/// <summary>site.yml's theme.path and the site's own templates, as check and build report them.</summary>
[TestClass]
public sealed class ThemeCheckTests
{
    private const string BrokenHome = "@inherits RazorLight.TemplatePage<object>\n<h1>Status</h1>\n@if (true) {\n<p>@Model.ToStrin()</p>\n}\n<p>@Nothing</p>\n";

    private static CliHarness WithTheme(string path = "../themes/acme") =>
        new CliHarness().Write("content/site.yml", CliHarness.SiteYml + $"\ntheme:\n  footer: Acme Ltd.\n  path: {path}\n");

    [TestMethod]
    public void CheckCompilesTheSitesTemplatesAndReportsEachErrorAtItsLine()
    {
        using var cli = WithTheme().Write("themes/acme/Pages/Home.cshtml", BrokenHome);

        var run = cli.Run("check", "--content", "content");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        Assert.HasCount(3, run.ErrorLines, run.ToString());
        StringAssert.StartsWith(run.ErrorLines[0], "themes/acme/Pages/Home.cshtml:4:11: error SG0803: CS1061: 'object' does not contain a definition for 'ToStrin'", StringComparison.Ordinal);
        StringAssert.StartsWith(run.ErrorLines[1], "themes/acme/Pages/Home.cshtml:6:5: error SG0803: CS0103: The name 'Nothing' does not exist in the current context", StringComparison.Ordinal);
        Assert.AreEqual("2 errors, 0 warnings", run.ErrorLines[2]);
    }

    [TestMethod]
    public void ThePreviewShowsTheSitesTemplateErrorsAndKeepsServingTheLastGoodBuild()
    {
        using var cli = WithTheme().Write("themes/acme/Pages/Home.cshtml", "@inherits RazorLight.TemplatePage<object>\n<p>fine</p>\n");
        var builder = new StatusGen.Cli.Serving.PreviewBuilder(Path.Combine(cli.Root, "content"), cli.Root, () => DateTimeOffset.Parse("2026-11-20T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var lastGood = builder.Build(StatusGen.Cli.Serving.PreviewBuild.None);
        Assert.IsFalse(lastGood.Failed, string.Join("\n", lastGood.Diagnostics));

        cli.Write("themes/acme/Pages/Home.cshtml", BrokenHome);
        var build = builder.Build(lastGood);

        Assert.IsTrue(build.Failed);
        Assert.AreSame(lastGood.Site, build.Site, "the preview keeps serving the last good build");
        StringAssert.StartsWith(build.Diagnostics[0].ToString(), "themes/acme/Pages/Home.cshtml:4:11: error SG0803: CS1061: 'object' does not contain a definition for 'ToStrin'", StringComparison.Ordinal);
    }

    [TestMethod]
    public void CheckPassesWithTemplatesThatCompileAndCachesThemBesideSiteYml()
    {
        using var cli = WithTheme().Write("themes/acme/Partials/Analytics.cshtml", "@inherits RazorLight.TemplatePage<object>\n<script defer src=\"/stats.js\"></script>\n");

        var run = cli.Run("check", "--content", "content");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.HasCount(1, Directory.GetFiles(Path.Combine(cli.Root, "content/.statusgen/cache"), "templates-*.bin"));
    }

    [TestMethod]
    public void CacheDirPutsTheCompiledTemplatesWhereCiCachesThem()
    {
        using var cli = WithTheme().Write("themes/acme/Partials/Analytics.cshtml", "@inherits RazorLight.TemplatePage<object>\n<p>hi</p>\n");

        var run = cli.Run("check", "--content", "content", "--cache-dir", "ci-cache/templates");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.HasCount(1, Directory.GetFiles(Path.Combine(cli.Root, "ci-cache/templates"), "templates-*.bin"));
        Assert.IsFalse(Directory.Exists(Path.Combine(cli.Root, "content/.statusgen/cache")));
    }

    [TestMethod]
    public void BuildWithABrokenTemplateExitsOneAndLeavesThePreviousSiteAsItWas()
    {
        using var cli = WithTheme().Write("themes/acme/Pages/Home.cshtml", "@inherits RazorLight.TemplatePage<object>\n<p>fine</p>\n");
        cli.Write("public/index.html", "the previous site");

        cli.Write("themes/acme/Pages/Home.cshtml", BrokenHome);
        var run = cli.Run("build", "--content", "content", "--output", "public");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.ErrorLines[0], "themes/acme/Pages/Home.cshtml:4:11: error SG0803:", StringComparison.Ordinal);
        Assert.AreEqual("the previous site", cli.Read("public/index.html"));
    }

    [TestMethod]
    [DataRow("../themes/missing", "content/site.yml:12:9: error SG0801: theme 'path' names '../themes/missing', which does not exist")]
    [DataRow("/etc", "content/site.yml:12:9: error SG0801: theme 'path' must be a relative path with '/' separators, not '/etc'")]
    [DataRow("..", "content/site.yml:12:9: error SG0801: theme 'path' names '..', which is the content folder or a folder above it")]
    [DataRow("site.yml", "content/site.yml:12:9: error SG0801: theme 'path' names 'site.yml', which is a file, not a folder of templates")]
    public void ATemplateFolderThatIsNoUsableFolderIsReportedAtItsLineInSiteYml(string path, string expected)
    {
        using var cli = WithTheme(path);

        var run = cli.Run("check", "--content", "content");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.ErrorLines[0], expected, StringComparison.Ordinal);
    }
}
