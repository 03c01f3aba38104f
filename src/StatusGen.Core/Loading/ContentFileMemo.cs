using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>
/// What each incident and maintenance file produced in the last load (the parsed item and its diagnostics), kept
/// between loads in one process (<c>statusgen serve</c>): a file whose bytes, path and site key are the same as last
/// time is not decoded, parsed or rendered to HTML again. The bytes themselves are compared, not a hash of them, so a
/// hit is never a collision; they are still read every time, so a change the file watcher missed is never missed here.
/// With a <see cref="ContentCache"/> (<c>statusgen build</c> and <c>check</c>), what the memo does not hold is looked
/// up on disk by the SHA-256 of the bytes, and what the load produced is written back when it ends.
/// </summary>
/// <remarks>
/// The site key covers what the file loaders read from site.yml: the hash of the text the same load parsed (not a
/// second read, which a save in between could make disagree), and the parts of the
/// <see cref="SiteContext"/> that do not come from those bytes alone (whether the configuration loaded, the zone, its
/// rules as this machine knows them, and the component ids used in its place). Items are immutable records, so handing
/// the same instance to two builds is safe. Thread-safe: the loader reads files on every core.
/// </remarks>
public sealed class ContentFileMemo
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);
    private readonly Lock opening = new();
    private ContentCache.Session? session;
    private int hits;
    private int misses;

    /// <summary>A memo kept in memory only (the preview).</summary>
    public ContentFileMemo()
    {
    }

    /// <summary>A memo that reads what it does not hold from <paramref name="disk"/> and writes every load back to it.</summary>
    public ContentFileMemo(ContentCache disk)
    {
        Disk = disk;
    }

    /// <summary>The cache on disk behind this memo, if any.</summary>
    public ContentCache? Disk { get; }

    /// <summary>Files of the last load whose result was reused.</summary>
    public int Hits => hits;

    /// <summary>Files of the last load that were parsed again (new, changed, or the site key changed).</summary>
    public int Misses => misses;

    /// <summary>Why the last load could not use the cache on disk (warnings for the build's output); empty without one.</summary>
    public ImmutableArray<Diagnostic> Problems => Disk?.Problems ?? [];

    /// <summary>Starts one load: clears the counts.</summary>
    internal void Begin()
    {
        used.Clear();
        hits = 0;
        misses = 0;
        session = null;
    }

    /// <summary>Ends one load: forgets files the load did not read (deleted or renamed), so memory follows the content, and updates the cache on disk.</summary>
    internal void End()
    {
        foreach (var path in entries.Keys.Where(p => !used.ContainsKey(p)).ToList())
        {
            entries.TryRemove(path, out _);
        }

        // Sorted so that the same content writes the same pack.
        session?.Save([.. entries.Values.Where(e => e.Stored is not null).Select(e => e.Stored!).OrderBy(e => e.Path, StringComparer.Ordinal)], changed: misses > 0);
    }

    /// <summary>The item <paramref name="load"/> makes of these bytes, from the last load when nothing it reads changed.</summary>
    internal T? Load<T>(SourceFile file, byte[] bytes, string siteKey, DiagnosticList diagnostics, Func<DiagnosticList, T?> load)
        where T : class
    {
        used[file.FullPath] = 0;
        var hash = Disk is null ? null : SHA256.HashData(bytes);
        if (entries.TryGetValue(file.FullPath, out var entry) && entry.Matches(file, bytes, hash, siteKey))
        {
            Interlocked.Increment(ref hits);
            diagnostics.AddRange(entry.Diagnostics);
            return (T?)entry.Item;
        }

        // Files lie directly in incidents/ or maintenance/: their folder's name and their own are the site-relative path.
        var relative = Disk is null ? null : $"{Path.GetFileName(Path.GetDirectoryName(file.FullPath))}/{Path.GetFileName(file.FullPath)}";
        if (relative is not null && Open(siteKey).Find(relative, hash!) is { } stored
            && CachedFileReader.Read(stored.Payload, file, Path.GetFileNameWithoutExtension(file.FullPath)) is { } cached
            && (cached.Item is null or T))
        {
            Interlocked.Increment(ref hits);
            entries[file.FullPath] = new Entry(file.DisplayPath, null, hash, siteKey, cached.Item, cached.Diagnostics, stored);
            diagnostics.AddRange(cached.Diagnostics);
            return (T?)cached.Item;
        }

        Interlocked.Increment(ref misses);
        var local = new DiagnosticList();
        var item = load(local);
        var found = local.ToImmutable();
        var payload = relative is null ? null : CachedFileWriter.Write(file, item, found);
        var toStore = payload is null ? null : new ContentCachePack.Entry(relative!, hash!, payload);

        // With a cache on disk the memo lives for one load: the hash is enough, and the bytes need not be kept.
        entries[file.FullPath] = new Entry(file.DisplayPath, Disk is null ? bytes : null, hash, siteKey, item, found, toStore);
        diagnostics.AddRange(found);
        return item;
    }

    /// <summary>The site key of one load: site.yml's text as this load read it, and what the loaders read from the context built from it.</summary>
    internal static string SiteKey(string? siteText, SiteContext site)
    {
        var hash = siteText is null ? "-" : Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(siteText)));
        var components = site.ComponentIds is null ? "-" : string.Join('\n', site.ComponentIds);

        // The zone's rules too: a cache on disk may outlive an update of the machine's time zone data.
        var rules = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(site.TimeZone.ToSerializedString())));
        return $"{hash}|{site.Config is null}|{site.ZoneKnown}|{site.TimeZone.Id}|{rules}|{components}";
    }

    private ContentCache.Session Open(string siteKey)
    {
        lock (opening)
        {
            return session ??= Disk!.Open(siteKey);
        }
    }

    private sealed record Entry(string DisplayPath, byte[]? Bytes, byte[]? Hash, string SiteKey, object? Item, ImmutableArray<Diagnostic> Diagnostics, ContentCachePack.Entry? Stored)
    {
        public bool Matches(SourceFile file, byte[] bytes, byte[]? hash, string siteKey) =>
            DisplayPath == file.DisplayPath && SiteKey == siteKey
            && (Bytes is not null ? Bytes.AsSpan().SequenceEqual(bytes) : hash is not null && Hash.AsSpan().SequenceEqual(hash));
    }
}
