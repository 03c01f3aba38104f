using StatusGen.Building;
using StatusGen.Themes.Default.Engine;
using StatusGen.Themes.Default.Rendering;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests.Engine;

/// <summary>
/// The default theme renders its precompiled templates without RazorLight's engine (Rendering/DirectRenderer.cs); a
/// site's own templates still go through RazorLight. Both must write the same bytes for the same templates.
/// </summary>
[TestClass]
public sealed class DirectRendererTests
{
    public static IEnumerable<object[]> SitesInEveryLanguage =>
        DefaultTheme.Languages.Select(language => new object[] { language });

    [TestMethod]
    [DynamicData(nameof(SitesInEveryLanguage))]
    public void WritesEveryPageOfABusySiteByteForByteAsRazorLightsRendererDoes(string language)
    {
        AssertSameAsRazorLight(Sites.Busy().Language(language).Build());
    }

    [TestMethod]
    public void WritesEveryPageOfTheDemoSiteAndOfAManyIncidentSiteByteForByteAsRazorLightsRendererDoes()
    {
        AssertSameAsRazorLight(DemoContent.Snapshot());
        AssertSameAsRazorLight(Sites.Many(120).Build());
    }

    private static void AssertSameAsRazorLight(SiteSnapshot snapshot)
    {
        static byte[] NoContentFile(StatusGen.Model.SiteContent content, string path) => throw new FileNotFoundException(path);

        var direct = new DefaultTheme(NoContentFile).Generate(snapshot).ToList();
        var viaRazorLight = new DefaultTheme(NoContentFile, ThemeEngine.Create(new TemplateTable(DefaultTemplates.Factories))).Generate(snapshot)
            .ToDictionary(f => f.Path, StringComparer.Ordinal);

        Assert.HasCount(viaRazorLight.Count, direct);
        Assert.IsGreaterThan(10, direct.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)));
        foreach (var file in direct)
        {
            CollectionAssert.AreEqual(viaRazorLight[file.Path].Bytes, file.Bytes, $"{file.Path} differs from RazorLight's rendering");
        }
    }
}
