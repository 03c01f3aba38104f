using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests;

/// <summary>Writes fixture sites to artifacts/sites/ for a human to look at (run with --filter WritesFixtureSites).</summary>
[TestClass]
public sealed class FixtureSiteWriter
{
    [TestMethod]
    public void WritesFixtureSitesForReview()
    {
        var root = Path.Combine(RepoPaths.Root, "artifacts", "sites");
        var busy = new GeneratedSite(Sites.Busy().Build()).WriteTo(Path.Combine(root, "busy"));
        new GeneratedSite(Sites.Busy().Language("de").Build()).WriteTo(Path.Combine(root, "busy-de"));
        new GeneratedSite(Sites.Many(2000).Build()).WriteTo(Path.Combine(root, "many"));
        Assert.IsTrue(File.Exists(Path.Combine(busy, "index.html")));
    }
}
