using StatusGen.Loading;

namespace StatusGen.Tests.Loading.Cache;

/// <summary>
/// The content cache on disk (<c>.statusgen/cache/content</c>): a load that reads it produces exactly what a load
/// from nothing produces (every public property of every item, every diagnostic), parses only files whose bytes,
/// path or site changed, and treats anything damaged or foreign as a miss.
/// </summary>
[TestClass]
public sealed class ContentCacheTests
{
    [TestMethod]
    public void ALoadFromAWarmCacheParsesNothingAndEqualsACleanLoad()
    {
        using var site = new CachedDemoSite();

        // What the demo lacks: an impact derived from the components, aliases, a maintenance alias, an empty summary.
        File.WriteAllText(Path.Combine(site.Content, "incidents", "2026-11-01-derived.md"), "---\ntitle: Derived impact\nstarted: 2026-11-01 10:00\nresolved: 2026-11-01 11:00\ncomponents:\n  api: partial_outage\naliases: [\"/issues/old-one/\", \"/old/page.html\"]\n---\n## 2026-11-01 11:00 Resolved\nFixed; see the [log](https://example.com/log).\n## 2026-11-01 10:10 Investigating\nLooking.\n");
        File.WriteAllText(Path.Combine(site.Content, "maintenance", "2026-11-02-aliased.md"), "---\ntitle: Aliased window\nscheduled: 2026-11-02 01:00\nuntil: 2026-11-02 02:00\ncomponents:\n  - api\naliases: [\"/maintenance/old/\"]\n---\n## 2026-11-01 12:00 Scheduled\nPlanned.\n");
        var (first, firstMemo) = site.LoadCached();
        var (second, secondMemo) = site.LoadCached();

        Assert.AreEqual((0, site.ContentFiles), (firstMemo.Hits, firstMemo.Misses), "the first load parses every file");
        Assert.AreEqual((site.ContentFiles, 0), (secondMemo.Hits, secondMemo.Misses), "the second parses none");
        var clean = site.LoadClean();
        Assert.IsTrue(second.Content!.Incidents.Any(i => i.ImpactDerived && i.Aliases.Count == 2), "the derived incident loaded");
        Assert.IsTrue(second.Content.Maintenances.Any(m => m.Aliases.Count == 1), "the aliased maintenance loaded");
        CachedDemoSite.AssertSameLoad(clean, first);
        CachedDemoSite.AssertSameLoad(clean, second);
    }

    [TestMethod]
    public void AnEditedFileIsTheOnlyOneParsedAgain()
    {
        using var site = new CachedDemoSite();
        site.LoadCached();
        site.Append("incidents/2026-11-05-api-latency.md", "\nOne more line about the *queue*.\n");

        var (result, memo) = site.LoadCached();

        Assert.AreEqual(1, memo.Misses);
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
    }

    [TestMethod]
    public void AFileWithErrorsIsReadBackWithTheSameDiagnostics()
    {
        using var site = new CachedDemoSite();
        File.WriteAllText(Path.Combine(site.Content, "incidents", "2026-11-30-broken.md"), "---\ntitle: [unclosed\nstarted: 2026-11-10 09:15\n---\n## 2026-11-10 09:20 Investgating\nText.\n");
        site.LoadCached();

        var (result, memo) = site.LoadCached();

        Assert.AreEqual(0, memo.Misses);
        StringAssert.Contains(CachedDemoSite.Describe(result), "content/incidents/2026-11-30-broken.md:", StringComparison.Ordinal);
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
    }

    [TestMethod]
    public void AChangedSiteYmlParsesEveryFileAgain()
    {
        using var site = new CachedDemoSite();
        site.LoadCached();
        var siteYml = Path.Combine(site.Content, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("timezone: Europe/Berlin", "timezone: America/New_York", StringComparison.Ordinal));

        var (result, memo) = site.LoadCached();

        Assert.AreEqual((0, site.ContentFiles), (memo.Hits, memo.Misses));
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
    }

    [TestMethod]
    public void AnotherToolVersionParsesEveryFileAgain()
    {
        using var site = new CachedDemoSite();
        site.LoadCached(toolVersion: "0.1.0+aaaa|1");

        var (result, memo) = site.LoadCached(toolVersion: "0.1.1+bbbb|1");

        Assert.AreEqual((0, site.ContentFiles), (memo.Hits, memo.Misses));
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
        Assert.AreEqual(site.ContentFiles, site.LoadCached(toolVersion: "0.1.1+bbbb|1").Memo.Hits, "the pack was rewritten for the new version");
    }

    [TestMethod]
    public void ARenamedFileIsParsedAndTheOldNameLeavesTheCache()
    {
        using var site = new CachedDemoSite();
        site.LoadCached();
        File.Move(Path.Combine(site.Content, "incidents", "2026-11-05-api-latency.md"), Path.Combine(site.Content, "incidents", "2026-11-05-api-slow.md"));

        var (result, memo) = site.LoadCached();

        Assert.AreEqual(1, memo.Misses);
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
        var pack = ContentCachePack.Read(site.Pack, ContentCache.Format)!;
        CollectionAssert.AreEquivalent(
            Directory.GetFiles(site.Content, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Content, f).Replace('\\', '/')).ToList(),
            pack.Entries.Keys.ToList());
    }

    [TestMethod]
    [DataRow("a byte in the middle flipped")]
    [DataRow("cut in half")]
    [DataRow("empty")]
    [DataRow("another format")]
    public void ADamagedPackIsIgnoredAndWrittenAnew(string damage)
    {
        using var site = new CachedDemoSite();
        site.LoadCached();
        var bytes = File.ReadAllBytes(site.Pack);
        File.WriteAllBytes(site.Pack, damage switch
        {
            "a byte in the middle flipped" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 0x20), .. bytes[(bytes.Length / 2 + 1)..]],
            "cut in half" => bytes[..(bytes.Length / 2)],
            "empty" => [],
            _ => [.. bytes[..8], 99, 0, 0, 0, .. bytes[12..]],
        });

        var (result, memo) = site.LoadCached();

        Assert.AreEqual((0, site.ContentFiles), (memo.Hits, memo.Misses));
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
        Assert.AreEqual(site.ContentFiles, site.LoadCached().Memo.Hits, "the next load reads the pack written anew");
    }

    [TestMethod]
    public void AWriteKilledBeforeItsRenameLeavesTheLastPackInUseAndItsTemporaryFileIsRemoved()
    {
        using var site = new CachedDemoSite();
        site.LoadCached();
        var pack = File.ReadAllBytes(site.Pack);
        var leftover = Path.Combine(site.CacheFolder, ".files.bin.0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllBytes(leftover, pack[..(pack.Length / 3)]);
        site.Append("incidents/2026-11-05-api-latency.md", "\nEdited.\n");

        var (result, memo) = site.LoadCached();

        Assert.AreEqual(1, memo.Misses);
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
        Assert.IsFalse(File.Exists(leftover), "the next write removes what a killed write left");
    }

    [TestMethod]
    public void APackThatIsANamedPipeIsNotReadAndIsReplaced()
    {
        using var site = new CachedDemoSite();
        Directory.CreateDirectory(site.CacheFolder);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [site.Pack]))
        {
            mkfifo.WaitForExit();
            Assert.AreEqual(0, mkfifo.ExitCode);
        }

        var load = Task.Run(() => site.LoadCached());
        Assert.IsTrue(load.Wait(TimeSpan.FromSeconds(30)), "the load blocked on the pipe");
        var (result, memo) = load.Result;

        Assert.AreEqual(site.ContentFiles, memo.Misses);
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result);
        Assert.AreEqual(site.ContentFiles, site.LoadCached().Memo.Hits, "the pipe was replaced by a pack");
    }

    [TestMethod]
    public void ACacheFolderThatIsASymbolicLinkIsNotUsedAndSaysSo()
    {
        using var site = new CachedDemoSite();
        var elsewhere = Directory.CreateTempSubdirectory("statusgen-cache-target-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(site.Content, ".statusgen"));
            Directory.CreateSymbolicLink(Path.Combine(site.Content, ".statusgen", "cache"), elsewhere);

            var (result, memo) = site.LoadCached();

            Assert.AreEqual(
                "content/.statusgen/cache/content:1:1: warning SG0911: the cache folder is not used: 'content/.statusgen/cache' is a symbolic link or not a folder, and the cache is written only into a real folder (remove the link (the cache is made again), or pass --cache-dir with another folder, or --no-cache)",
                result.Diagnostics.Single(d => d.Code.Number == 911).ToString());
            Assert.AreEqual(site.ContentFiles, memo.Misses);
            Assert.IsEmpty(Directory.GetFileSystemEntries(elsewhere), "nothing is written through the link");
            CachedDemoSite.AssertSameLoad(site.LoadClean(), result with { Diagnostics = [.. result.Diagnostics.Where(d => d.Code.Number != 911)] });
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [TestMethod]
    public void APackThatCannotBeWrittenIsAWarningAndTheLoadIsComplete()
    {
        using var site = new CachedDemoSite();
        Directory.CreateDirectory(site.Pack); // a folder where the pack goes: the rename fails, as on a read-only disk

        var (result, _) = site.LoadCached();

        var warning = result.Diagnostics.Single(d => d.Code.Number == 911);
        StringAssert.StartsWith(warning.ToString(), "content/.statusgen/cache/content:1:1: warning SG0911: the content cache cannot be written (", StringComparison.Ordinal);
        Assert.IsEmpty(Directory.GetFiles(site.CacheFolder, "*.tmp"), "the temporary file is removed");
        CachedDemoSite.AssertSameLoad(site.LoadClean(), result with { Diagnostics = [.. result.Diagnostics.Where(d => d.Code.Number != 911)] });
    }

    [TestMethod]
    public void CacheDirPutsThePackInItsContentFolderAndNothingBesideSiteYml()
    {
        using var site = new CachedDemoSite();
        var folder = Path.Combine(site.Root, "ci-cache");

        site.LoadCached(cacheDirectory: folder);

        Assert.IsTrue(File.Exists(Path.Combine(folder, "content", "files.bin")));
        Assert.IsFalse(Directory.Exists(Path.Combine(site.Content, ".statusgen")));
        Assert.AreEqual(site.ContentFiles, site.LoadCached(cacheDirectory: folder).Memo.Hits);
    }
}
