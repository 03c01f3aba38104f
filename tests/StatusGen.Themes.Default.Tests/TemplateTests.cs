using System.Text;
using RazorLight.Razor;
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
    public void ATemplateFromTheEnginesProjectReplacesTheDefaultTemplateOfTheSameKey()
    {
        var project = new OneTemplateOver("Pages/NotFound", """
            @inherits RazorLight.TemplatePage<NotFoundPageModel>
            @{ Layout = "Layout/Page"; }
            <h1>Gone fishing</h1>
            <p><a href="@Model.Link(Routes.Home)">@Model.T.BackToStatus</a></p>
            """);
        var theme = new DefaultTheme((_, path) => throw new FileNotFoundException(path), ThemeEngine.Create(project: project));

        var site = new GeneratedSite(Sites.Quiet().Build(), theme);

        Assert.AreEqual("Gone fishing", site.Page("404.html").QuerySelector("main h1")!.TextContent);
        Assert.IsNotNull(site.Page("404.html").QuerySelector("header nav"), "the override still has the default layout");
        Assert.IsNotNull(site.Home.QuerySelector(".banner"), "other pages keep the default templates");
    }

    /// <summary>The embedded default theme with one template's source replaced.</summary>
    private sealed class OneTemplateOver(string key, string source) : RazorLightProject
    {
        private readonly EmbeddedTemplates defaults = new();

        public override Task<RazorLightProjectItem> GetItemAsync(string templateKey) =>
            templateKey == key ? Task.FromResult<RazorLightProjectItem>(new Source(key, source)) : defaults.GetItemAsync(templateKey);

        public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) => defaults.GetImportsAsync(templateKey);
    }

    // Not RazorLight's TextSourceRazorProjectItem: RazorLight compiles that one without the default imports.
    private sealed class Source(string key, string text) : RazorLightProjectItem
    {
        public override string Key => key;

        public override bool Exists => true;

        public override Stream Read() => new MemoryStream(Encoding.UTF8.GetBytes(text));
    }
}
