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
/// </summary>
/// <remarks>
/// The site key covers what the file loaders read from site.yml: the hash of the text the same load parsed (not a
/// second read, which a save in between could make disagree), and the parts of the
/// <see cref="SiteContext"/> that do not come from those bytes alone (whether the configuration loaded, the zone and
/// component ids used in its place). Items are immutable records, so handing the same instance to two builds is safe.
/// Thread-safe: the loader reads files on every core.
/// </remarks>
public sealed class ContentFileMemo
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> used = new(StringComparer.Ordinal);
    private int hits;
    private int misses;

    /// <summary>Files of the last load whose result was reused.</summary>
    public int Hits => hits;

    /// <summary>Files of the last load that were parsed again (new, changed, or the site key changed).</summary>
    public int Misses => misses;

    /// <summary>Starts one load: clears the counts.</summary>
    internal void Begin()
    {
        used.Clear();
        hits = 0;
        misses = 0;
    }

    /// <summary>Ends one load: forgets files the load did not read (deleted or renamed), so memory follows the content.</summary>
    internal void End()
    {
        foreach (var path in entries.Keys.Where(p => !used.ContainsKey(p)).ToList())
        {
            entries.TryRemove(path, out _);
        }
    }

    /// <summary>The item <paramref name="load"/> makes of these bytes, from the last load when nothing it reads changed.</summary>
    internal T? Load<T>(SourceFile file, byte[] bytes, string siteKey, DiagnosticList diagnostics, Func<DiagnosticList, T?> load)
        where T : class
    {
        used[file.FullPath] = 0;
        if (entries.TryGetValue(file.FullPath, out var entry) && entry.Matches(file, bytes, siteKey))
        {
            Interlocked.Increment(ref hits);
            diagnostics.AddRange(entry.Diagnostics);
            return (T?)entry.Item;
        }

        Interlocked.Increment(ref misses);
        var local = new DiagnosticList();
        var item = load(local);
        var found = local.ToImmutable();
        entries[file.FullPath] = new Entry(file.DisplayPath, bytes, siteKey, item, found);
        diagnostics.AddRange(found);
        return item;
    }

    /// <summary>The site key of one load: site.yml's text as this load read it, and what the loaders read from the context built from it.</summary>
    internal static string SiteKey(string? siteText, SiteContext site)
    {
        var hash = siteText is null ? "-" : Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(siteText)));
        var components = site.ComponentIds is null ? "-" : string.Join('\n', site.ComponentIds);
        return $"{hash}|{site.Config is null}|{site.ZoneKnown}|{site.TimeZone.Id}|{components}";
    }

    private sealed record Entry(string DisplayPath, byte[] Bytes, string SiteKey, object? Item, ImmutableArray<Diagnostic> Diagnostics)
    {
        public bool Matches(SourceFile file, byte[] bytes, string siteKey) =>
            DisplayPath == file.DisplayPath && SiteKey == siteKey && Bytes.AsSpan().SequenceEqual(bytes);
    }
}
