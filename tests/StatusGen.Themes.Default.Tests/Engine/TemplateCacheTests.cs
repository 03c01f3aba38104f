using RazorLight;
using StatusGen.Themes.Default.Engine;

namespace StatusGen.Themes.Default.Tests.Engine;

[TestClass]
public sealed class TemplateCacheTests
{
    private static TemplateFolder ThreeTemplates() => new TemplateFolder()
        .With("Layout/Page.cshtml", "@inherits RazorLight.TemplatePage<string>\n<main>@RenderBody()</main>\n")
        .With("Pages/Home.cshtml", "@inherits RazorLight.TemplatePage<string>\n@{ Layout = \"Layout/Page\"; }\n<h1>@Model</h1>@{ await IncludeAsync(\"Partials/Note\", Model.Length); }\n")
        .With("Partials/Note.cshtml", "@inherits RazorLight.TemplatePage<int>\n<p>@Model letters</p>\n");

    private static string Render(ThemeTemplates templates, string key, string model) =>
        StatusGen.Themes.Default.Rendering.ThemeEngine.Create(templates.Table).CompileRenderAsync(key, model).GetAwaiter().GetResult();

    [TestMethod]
    public void RendersASitesTemplateWithItsLayoutAndPartialThroughTheTable()
    {
        using var folder = ThreeTemplates();

        var templates = folder.Load();

        Assert.IsEmpty(templates.Diagnostics);
        Assert.AreEqual("<main><h1>Acme</h1><p>4 letters</p>\n</main>\n", Render(templates, "Pages/Home", "Acme"));
    }

    [TestMethod]
    public void CompilesOnceAndThenLoadsFromTheCacheFolder()
    {
        using var folder = ThreeTemplates();
        folder.Load();
        var cached = folder.CacheFiles().Single();
        var written = File.GetLastWriteTimeUtc(cached);
        SiteTemplates.ForgetLoaded();

        var again = folder.Load();

        Assert.AreEqual(cached, folder.CacheFiles().Single());
        Assert.AreEqual(written, File.GetLastWriteTimeUtc(cached), "the second load read the file and did not write it");
        Assert.AreEqual("<main><h1>Acme</h1><p>4 letters</p>\n</main>\n", Render(again, "Pages/Home", "Acme"));
    }

    [TestMethod]
    public void AChangedTemplateIsCompiledAgainUnderANewKey()
    {
        using var folder = ThreeTemplates();
        folder.Load();
        var first = folder.CacheFiles().Single();

        folder.With("Partials/Note.cshtml", "@inherits RazorLight.TemplatePage<int>\n<p>@Model characters</p>\n");
        var changed = folder.Load();

        // The earlier set is removed: a site renders with one, and the folder must not grow with every edit.
        Assert.AreNotEqual(first, folder.CacheFiles().Single());
        StringAssert.Contains(Render(changed, "Pages/Home", "Acme"), "4 characters", StringComparison.Ordinal);
    }

    [TestMethod]
    [DataRow(0, DisplayName = "empty")]
    [DataRow(40, DisplayName = "truncated header")]
    [DataRow(-1, DisplayName = "truncated body")]
    [DataRow(-2, DisplayName = "one byte changed")]
    public void ADamagedCacheFileIsIgnoredAndCompiledAgain(int damage)
    {
        using var folder = ThreeTemplates();
        folder.Load();
        var file = folder.CacheFiles().Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            -1 => bytes[..(bytes.Length / 2)],
            -2 => [.. bytes[..^100], (byte)(bytes[^100] ^ 0x5A), .. bytes[^99..]],
            _ => bytes[..damage],
        });
        SiteTemplates.ForgetLoaded();

        var again = folder.Load();

        Assert.IsEmpty(again.Diagnostics);
        Assert.AreEqual("<main><h1>Acme</h1><p>4 letters</p>\n</main>\n", Render(again, "Pages/Home", "Acme"));
        CollectionAssert.AreEqual(bytes, File.ReadAllBytes(file), "the compile wrote the file again, whole");
    }

    [TestMethod]
    public async Task BuildsRunningAtOnceLeaveOneWholeCacheFile()
    {
        using var folder = ThreeTemplates();

        var loads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(folder.Load)));

        Assert.IsTrue(loads.All(l => l.Diagnostics.IsEmpty));
        var file = folder.CacheFiles().Single();
        SiteTemplates.ForgetLoaded();
        Assert.AreEqual("<main><h1>Acme</h1><p>4 letters</p>\n</main>\n", Render(folder.Load(), "Pages/Home", "Acme"));
        Assert.AreEqual(file, folder.CacheFiles().Single(), "no temporary file left behind");
    }

    [TestMethod]
    public void AnUnwritableCacheFolderOnlyCostsACompile()
    {
        using var folder = ThreeTemplates();
        Directory.CreateDirectory(Path.GetDirectoryName(folder.Cache)!);
        File.WriteAllText(folder.Cache, "a file where the cache folder should be");

        var templates = folder.Load();

        Assert.IsEmpty(templates.Diagnostics);
        Assert.AreEqual("<main><h1>Acme</h1><p>4 letters</p>\n</main>\n", Render(templates, "Pages/Home", "Acme"));
    }
}
