using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>
/// What each incident and maintenance file produced in the last load (the parsed item and its diagnostics), kept
/// between loads in one process (<c>statusgen serve</c>): a file whose bytes, path and site key are the same as last
/// time is not decoded, parsed or rendered to HTML again. The bytes themselves are compared, not a hash of them, so a
/// hit is never a collision. They are read every time unless the caller names the files that changed
/// (<see cref="AssumeUnchangedExcept"/>, from <c>serve</c>'s file watcher, which re-reads everything after a watcher error).
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
    private int unread;
    private int forgotten;
    private IReadOnlySet<string>? pendingChanges;
    private IReadOnlySet<string>? mayHaveChanged;

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

    /// <summary>Files the last load no longer found (deleted, renamed, or now unreadable) and forgot.</summary>
    public int Forgotten => forgotten;

    /// <summary>Files of the last load that were reused without being read (<see cref="AssumeUnchangedExcept"/>); part of <see cref="Hits"/>.</summary>
    public int Unread => unread;

    /// <summary>
    /// For the next load only: every file not in <paramref name="changedFullPaths"/> still has the bytes it had when it was
    /// last read, so it is reused without being read again (the file watcher of <c>statusgen serve</c> names the files
    /// that changed). Without this call a load reads every file. Files that are new, were not read cleanly last time,
    /// are symbolic links, or whose site key changed are read as always.
    /// </summary>
    public void AssumeUnchangedExcept(IReadOnlySet<string> changedFullPaths) => pendingChanges = changedFullPaths;

    /// <summary>Starts one load: clears the counts and takes what <see cref="AssumeUnchangedExcept"/> said for this load.</summary>
    internal void Begin()
    {
        used.Clear();
        hits = 0;
        misses = 0;
        session = null;
        unread = 0;
        forgotten = 0;
        mayHaveChanged = pendingChanges;
        pendingChanges = null;
    }

    /// <summary>
    /// The item this file produced last time, without reading it, when this load was told which files changed and this
    /// one is not among them; false when the file must be read.
    /// </summary>
    internal bool TryReuseUnread(SourceFile file, string siteKey, DiagnosticList diagnostics, out object? item)
    {
        item = null;
        if (mayHaveChanged is not { } changed || changed.Contains(file.FullPath)
            || !entries.TryGetValue(file.FullPath, out var entry) || !entry.Direct || entry.DisplayPath != file.DisplayPath || entry.SiteKey != siteKey)
        {
            return false;
        }

        used[file.FullPath] = 0;
        Interlocked.Increment(ref hits);
        Interlocked.Increment(ref unread);
        diagnostics.AddRange(entry.Diagnostics);
        item = entry.Item;
        return true;
    }

    /// <summary>Ends one load: forgets files the load did not read (deleted or renamed), so memory follows the content, and updates the cache on disk.</summary>
    internal void End()
    {
        var gone = entries.Keys.Where(p => !used.ContainsKey(p)).ToList();
        foreach (var path in gone)
        {
            entries.TryRemove(path, out _);
        }

        // Sorted so that the same content writes the same pack.
        session?.Save([.. entries.Values.Where(e => e.Stored is not null).Select(e => e.Stored!).OrderBy(e => e.Path, StringComparer.Ordinal)], changed: misses > 0);

        forgotten = gone.Count;
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
            entries[file.FullPath] = new Entry(file.DisplayPath, null, hash, siteKey, cached.Item, cached.Diagnostics, stored, IsDirect(file));
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
        entries[file.FullPath] = new Entry(file.DisplayPath, Disk is null ? bytes : null, hash, siteKey, item, found, toStore, IsDirect(file));
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

    // A symbolic link changes when its target does, and the watcher names the target: such a file is always read.
    // Only the preview (no cache on disk) reuses files unread, so only it pays for the extra look at the file.
    private bool IsDirect(SourceFile file) => Disk is null && new FileInfo(file.FullPath).LinkTarget is null;

    private sealed record Entry(string DisplayPath, byte[]? Bytes, byte[]? Hash, string SiteKey, object? Item, ImmutableArray<Diagnostic> Diagnostics, ContentCachePack.Entry? Stored, bool Direct)
    {
        public bool Matches(SourceFile file, byte[] bytes, byte[]? hash, string siteKey) =>
            DisplayPath == file.DisplayPath && SiteKey == siteKey
            && (Bytes is not null ? Bytes.AsSpan().SequenceEqual(bytes) : hash is not null && Hash.AsSpan().SequenceEqual(hash));
    }
}
