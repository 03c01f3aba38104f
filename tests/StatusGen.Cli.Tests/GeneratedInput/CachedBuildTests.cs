using FsCheck;
using FsCheck.Fluent;

namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>
/// <c>statusgen build</c> and <c>check</c> with the content cache (.statusgen/cache/content beside site.yml) against
/// the same commands with <c>--no-cache</c>: after every edit of a random sequence (the preview's edits: edit an
/// update, add or remove an incident, change site.yml, break a file and fix it), both exit alike, print the same
/// diagnostics and write the same files, byte for byte.
/// </summary>
[TestClass]
public sealed class CachedBuildTests
{
    private const string Now = "2026-11-22T10:30:00Z";

    [TestMethod]
    public void AfterEveryEditABuildWithTheCacheEqualsABuildWithout() =>
        Prop.ForAll(Gen.NonEmptyListOf(SiteEdit.Any).Select(l => l.Take(5).ToList()).ToArbitrary(), edits =>
        {
            using var cli = DemoSite();
            var content = Path.Combine(cli.Root, "content");
            Assert.IsNull(Difference(cli), "the first build");
            var broken = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (edit, step) in edits.Select((e, i) => (e, i + 1)))
            {
                edit.Apply(content, broken);
                var difference = Difference(cli);
                Assert.IsNull(difference, $"after step {step} of {string.Join(", ", edits)}: {difference}");
            }

            Assert.IsTrue(File.Exists(Path.Combine(content, ".statusgen", "cache", "content", "files.bin")), "the cache was written");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(10).WithQuietOnSuccess(true));

    [TestMethod]
    public void BuildKeepsTheCacheBesideSiteYmlAndNoCacheWritesNone()
    {
        using var cli = DemoSite();

        Assert.AreEqual(0, cli.Run("build", "--now", Now, "--no-cache").ExitCode);
        Assert.IsFalse(Directory.Exists(Path.Combine(cli.Root, "content", ".statusgen")));
        Assert.AreEqual(0, cli.Run("check", "--now", Now, "--no-cache").ExitCode);
        Assert.IsFalse(Directory.Exists(Path.Combine(cli.Root, "content", ".statusgen")));

        Assert.AreEqual(0, cli.Run("build", "--now", Now).ExitCode);
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "content", ".statusgen", "cache", "content", "files.bin")));
    }

    [TestMethod]
    public void CheckWithCacheDirKeepsTheCacheThere()
    {
        using var cli = DemoSite();

        var run = cli.Run("check", "--now", Now, "--cache-dir", "ci-cache");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "ci-cache", "content", "files.bin")));
        Assert.IsFalse(Directory.Exists(Path.Combine(cli.Root, "content", ".statusgen")));
    }

    [TestMethod]
    public void ACacheFolderThatIsALinkIsAWarningAndTheBuildSucceeds()
    {
        using var cli = DemoSite();
        Directory.CreateDirectory(Path.Combine(cli.Root, "elsewhere"));
        Directory.CreateDirectory(Path.Combine(cli.Root, "content", ".statusgen"));
        Directory.CreateSymbolicLink(Path.Combine(cli.Root, "content", ".statusgen", "cache"), Path.Combine(cli.Root, "elsewhere"));

        var run = cli.Run("build", "--now", Now);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.Contains(run.ErrorLines, "content/.statusgen/cache/content:1:1: warning SG0911: the cache folder is not used: 'content/.statusgen/cache' is a symbolic link or not a folder, and the cache is written only into a real folder (remove the link (the cache is made again), or pass --cache-dir with another folder, or --no-cache)");
        Assert.IsEmpty(Directory.GetFileSystemEntries(Path.Combine(cli.Root, "elsewhere")));
    }

    /// <summary>Null when check and build with the cache print and write what they do without it, else what differs.</summary>
    private static string? Difference(CliHarness cli)
    {
        var checkCached = cli.Run("check", "--now", Now);
        var checkClean = cli.Run("check", "--now", Now, "--no-cache");
        if (checkCached.ToString() != checkClean.ToString())
        {
            return $"check differs:\nwithout the cache:\n{checkClean}\nwith it:\n{checkCached}";
        }

        var cached = cli.Run("build", "--now", Now, "--output", "cached");
        var clean = cli.Run("build", "--now", Now, "--no-cache", "--output", "clean");
        if (cached.ToString().Replace("cached", "OUT", StringComparison.Ordinal) != clean.ToString().Replace("clean", "OUT", StringComparison.Ordinal))
        {
            return $"build differs:\nwithout the cache:\n{clean}\nwith it:\n{cached}";
        }

        if (cached.ExitCode != 0)
        {
            return null;
        }

        var cachedTree = cli.Tree("cached");
        var cleanTree = cli.Tree("clean");
        var different = cleanTree.FirstOrDefault(f => !cachedTree.TryGetValue(f.Key, out var bytes) || bytes != f.Value).Key;
        return cachedTree.Count != cleanTree.Count ? $"{cleanTree.Count} files without the cache, {cachedTree.Count} with it"
            : different is null ? null
            : $"'{different}' differs";
    }

    /// <summary>The demo content in a temporary working folder, as content/.</summary>
    private static CliHarness DemoSite()
    {
        var cli = new CliHarness();
        var demo = RepositoryRoot.File("content");
        foreach (var file in Directory.EnumerateFiles(demo, "*.md", SearchOption.AllDirectories).Append(Path.Combine(demo, "site.yml")))
        {
            cli.WriteBytes(Path.Combine("content", Path.GetRelativePath(demo, file)), File.ReadAllBytes(file));
        }

        return cli;
    }
}
