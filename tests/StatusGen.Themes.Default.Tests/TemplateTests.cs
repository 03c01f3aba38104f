using StatusGen.Themes.Default.Rendering;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests;

/// <summary>The theme as RazorLight templates: how they ship, how they are found by key, what every page starts with.</summary>
[TestClass]
public sealed class TemplateTests
{
    private static readonly Lazy<GeneratedSite> German = new(() => new GeneratedSite(Sites.Busy().Language("de").Build()));

    [TestMethod]
    public void EveryTemplateOfTheThemeFolderShipsAsAnEmbeddedResourceNamedByItsKey()
    {
        var folder = Path.Combine(RepoPaths.Root, "themes", "default");
        var onDisk = Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')[..^".cshtml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

        CollectionAssert.AreEqual(onDisk, EmbeddedTemplates.Keys.ToList());
        CollectionAssert.IsSubsetOf(new[] { "Layout/Page", "Pages/Home", "Pages/Incident", "Partials/UptimeBars" }, onDisk);
        using var embedded = EmbeddedTemplates.Open("Pages/Incident")!;
        using var reader = new StreamReader(embedded);
        Assert.AreEqual(File.ReadAllText(Path.Combine(folder, "Pages", "Incident.cshtml")), reader.ReadToEnd());
    }

    [TestMethod]
    public void EveryPageStartsWithTheHtmlDoctype()
    {
        foreach (var page in German.Value.Pages)
        {
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"de\">", German.Value.Text(page), page);
        }
    }

    [TestMethod]
    public void NonAsciiLettersAreWrittenAsThemselvesNotAsCharacterReferences()
    {
        var home = German.Value.Text("index.html");

        StringAssert.Contains(home, "Aktuelle Störungen", StringComparison.Ordinal);
        Assert.DoesNotContain("&#xF6;", home, "ö is a letter, not something HTML needs escaped");
    }

    [TestMethod]
    public void ContentIsHtmlEncodedWhereverATemplateWritesIt()
    {
        var site = new GeneratedSite(Sites.Busy().Site(s => s with { Title = "Acme <Status> & \"Co\"" }).Build());

        var home = site.Text("index.html");
        StringAssert.Contains(home, "<title>Acme &lt;Status&gt; &amp; &quot;Co&quot;: ", StringComparison.Ordinal);
        Assert.AreEqual("Acme <Status> & \"Co\"", site.Home.QuerySelector(".brand span")!.TextContent);
    }

    [TestMethod]
    public void ASitesTemplateReplacesTheDefaultTemplateOfTheSameKey()
    {
        using var folder = new Engine.TemplateFolder().With("Pages/NotFound.cshtml", """
            @inherits RazorLight.TemplatePage<NotFoundPageModel>
            @{ Layout = "Layout/Page"; }
            <h1>Gone fishing</h1>
            <p><a href="@Model.Link(Routes.Home)">@Model.T.BackToStatus</a></p>
            """);
        var templates = folder.Load();
        Assert.IsEmpty(templates.Diagnostics);
        var theme = new DefaultTheme((_, path) => throw new FileNotFoundException(path), ThemeEngine.Create(templates.Table));

        var site = new GeneratedSite(Sites.Quiet().Build(), theme);

        Assert.AreEqual("Gone fishing", site.Page("404.html").QuerySelector("main h1")!.TextContent);
        Assert.IsNotNull(site.Page("404.html").QuerySelector("header nav"), "the override still has the default layout");
        Assert.IsNotNull(site.Home.QuerySelector(".banner"), "other pages keep the default templates");
    }
}
