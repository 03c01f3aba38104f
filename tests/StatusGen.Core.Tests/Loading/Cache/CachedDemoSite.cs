using System.Text.Json;
using StatusGen.Building;
using StatusGen.Loading;

namespace StatusGen.Tests.Loading.Cache;

/// <summary>A copy of the demo content in a temporary folder, loaded with and without the content cache.</summary>
internal sealed class CachedDemoSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 30, 0, TimeSpan.Zero);

    public CachedDemoSite()
    {
        Root = Directory.CreateTempSubdirectory("statusgen-cache-").FullName;
        var demo = Path.Combine(Feeds.ExternalTool.RepositoryRoot(), "content");
        foreach (var file in Directory.EnumerateFiles(demo, "*.md", SearchOption.AllDirectories).Append(Path.Combine(demo, "site.yml")))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(demo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    /// <summary>The default cache folder's content part: content/.statusgen/cache/content.</summary>
    public string CacheFolder => Path.Combine(Content, ".statusgen", "cache", "content");

    public string Pack => Path.Combine(CacheFolder, "files.bin");

    public int ContentFiles => Directory.GetFiles(Content, "*.md", SearchOption.AllDirectories).Length;

    /// <summary>Load and Validate with a fresh memo over the cache on disk, as one <c>statusgen check</c> process does.</summary>
    public (CheckResult Result, ContentFileMemo Memo) LoadCached(string? toolVersion = null, string? cacheDirectory = null)
    {
        var memo = new ContentFileMemo(new ContentCache(Content, cacheDirectory, Root, toolVersion));
        return (SiteBuilder.LoadAndValidate(Content, Now, Root, null, memo), memo);
    }

    public CheckResult LoadClean() => SiteBuilder.LoadAndValidate(Content, Now, Root);

    public void Append(string relativePath, string text) => File.AppendAllText(Path.Combine(Content, relativePath), text);

    /// <summary>Every public property of every item, and every diagnostic, as text: equal text means an equal load.</summary>
    public static string Describe(CheckResult result) =>
        string.Join("\n", result.Diagnostics) + "\n"
        + (result.Content is null ? "no content" : JsonSerializer.Serialize(new { result.Content.Incidents, result.Content.Maintenances }, JsonOptions));

    /// <summary>Fails with the first line that differs (the whole description runs to thousands of lines).</summary>
    public static void AssertSameLoad(CheckResult expected, CheckResult actual)
    {
        var want = Describe(expected).Split('\n');
        var got = Describe(actual).Split('\n');
        var line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i], -1);
        if (line >= 0 || want.Length != got.Length)
        {
            line = line >= 0 ? line : Math.Min(want.Length, got.Length);
            Assert.Fail($"the loads differ at line {line + 1}:\nclean:  {want.ElementAtOrDefault(line)}\ncached: {got.ElementAtOrDefault(line)}\n(context: {string.Join(" / ", want.Skip(Math.Max(0, line - 8)).Take(9))})");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
