using StatusGen.Building;

namespace StatusGen.Themes.Default.Tests.Fixtures;

/// <summary>
/// The repository's demo site (content/), loaded and validated by the real loader and built at a pinned time:
/// half an hour after the newest incident timestamp, so that its ongoing incident is still ongoing.
/// </summary>
public static class DemoContent
{
    /// <summary>content/ at the repository root, or STATUSGEN_DEMO_CONTENT.</summary>
    public static string Directory => Environment.GetEnvironmentVariable("STATUSGEN_DEMO_CONTENT") ?? Path.Combine(RepoPaths.Root, "content");

    /// <summary>The built snapshot; fails (CI) or is inconclusive (locally) when content/ is missing.</summary>
    public static SiteSnapshot Snapshot()
    {
        ExternalTool.Require(Path.Combine(Directory, "site.yml"), "The demo content", "the demo site belongs in content/ at the repository root");
        var first = Loading.ContentLoader.Load(Directory, RepoPaths.Root, DefaultTheme.Languages);
        Assert.IsNotNull(first.Content, string.Join("\n", first.Diagnostics));
        var now = first.Content.Incidents
            .SelectMany(i => i.Updates.Select(u => u.At).Append(i.Started))
            .DefaultIfEmpty(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .Max()
            .AddMinutes(30);
        var checkedAtNow = SiteBuilder.Check(Directory, now, RepoPaths.Root, DefaultTheme.Languages);
        Assert.IsFalse(checkedAtNow.HasErrors, string.Join("\n", checkedAtNow.Diagnostics.Where(d => d.IsError)));
        return SiteBuilder.Compute(checkedAtNow.Content!, now);
    }
}
