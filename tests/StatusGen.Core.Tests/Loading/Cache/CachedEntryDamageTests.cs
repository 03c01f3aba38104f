using StatusGen.Diagnostics;
using StatusGen.Loading;

namespace StatusGen.Tests.Loading.Cache;

/// <summary>
/// One entry of the pack read back from damaged bytes (the pack's own SHA-256 stops such bytes first; this is the
/// second line): every cut-off entry is a miss, and no changed byte makes the reader throw.
/// </summary>
[TestClass]
public sealed class CachedEntryDamageTests
{
    [TestMethod]
    public void EveryTruncatedEntryIsAMissAndNoFlippedByteThrows()
    {
        using var site = new CachedDemoSite();
        site.LoadCached();
        var pack = ContentCachePack.Read(site.Pack, ContentCache.Format)!;
        var entry = pack.Entries["incidents/2026-11-12-custom-domain-certificates.md"];
        var file = new SourceFile("content/incidents/2026-11-12-custom-domain-certificates.md", Path.Combine(site.Content, "incidents", "2026-11-12-custom-domain-certificates.md"));
        var bytes = entry.Payload.ToArray();
        Assert.IsNotNull(CachedFileReader.Read(bytes, file, "2026-11-12-custom-domain-certificates")?.Item, "the whole entry reads");

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.IsNull(CachedFileReader.Read(bytes.AsMemory(0, length), file, "2026-11-12-custom-domain-certificates"), $"cut to {length} of {bytes.Length} bytes");
        }

        for (var at = 0; at < bytes.Length; at++)
        {
            var damaged = bytes.ToArray();
            damaged[at] ^= 0xFF;
            CachedFileReader.Read(damaged, file, "2026-11-12-custom-domain-certificates"); // a miss or an item; never an exception
        }

        Assert.IsNull(CachedFileReader.Read(bytes, file, "another-slug"), "an entry for another file name is a miss");
    }
}
