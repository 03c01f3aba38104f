using System.Collections.Immutable;
using System.Reflection;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>
/// What each content file produced, kept on disk between builds (<c>statusgen build</c> and <c>check</c>): in the
/// <c>content/</c> folder of the cache folder (<see cref="CacheFolder"/>), one pack file (<see cref="ContentCachePack"/>).
/// An entry is used when the tool version, the site key (<see cref="ContentFileMemo.SiteKey"/>), the file's
/// site-relative path and the SHA-256 of its bytes all match; anything else, and any entry or pack that is damaged,
/// truncated or unreadable, is a miss. A cache folder that is a symbolic link, or cannot be written, is reported as a
/// warning (<see cref="Problems"/>) and the build goes on without it. Each load rewrites the pack with the files it
/// read, so entries of deleted or renamed files go with the next write.
/// </summary>
public sealed class ContentCache
{
    /// <summary>The form of entries and pack; raised whenever either changes (older packs are then ignored).</summary>
    public const int Format = 1;

    private readonly string cacheFolder;
    private readonly string contentRoot;
    private readonly string displayBase;
    private ImmutableArray<Diagnostic> problems = [];

    /// <param name="contentRoot">The folder holding site.yml.</param>
    /// <param name="cacheDirectory">--cache-dir, absolute; null for <see cref="CacheFolder.Default"/> beside site.yml.</param>
    /// <param name="displayBase">The folder warnings name paths relative to.</param>
    /// <param name="toolVersion">What must match for an entry to be used; null for this build of StatusGen's (tests pass another).</param>
    public ContentCache(string contentRoot, string? cacheDirectory, string displayBase, string? toolVersion = null)
    {
        this.contentRoot = Path.GetFullPath(contentRoot);
        cacheFolder = CacheFolder.Of(contentRoot, cacheDirectory);
        this.displayBase = displayBase;
        ToolVersion = toolVersion ?? CurrentToolVersion;
    }

    /// <summary>
    /// The informational version (with its source revision, when the build has one), the format, and the identity of
    /// the compiled loader (a build from other sources under the same version number parses differently).
    /// </summary>
    public static string CurrentToolVersion { get; } =
        $"{typeof(ContentCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}|{Format}|{typeof(ContentCache).Assembly.ManifestModule.ModuleVersionId}";

    public string ToolVersion { get; }

    /// <summary>The folder the pack is kept in: <c>content/</c> in the cache folder.</summary>
    public string Folder => Path.Combine(cacheFolder, "content");

    /// <summary>Why the last load could not use or update the cache (warnings); empty when it could.</summary>
    public ImmutableArray<Diagnostic> Problems => problems;

    /// <summary>The cache as one load finds it, or an empty one that is never written when the folder may not be used.</summary>
    internal Session Open(string siteKey)
    {
        problems = [];
        string? link;
        try
        {
            link = LinkOnTheWay();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn($"the cache folder is not used: it cannot be inspected ({e.Message})", "make the folder readable, or pass --cache-dir with another folder, or --no-cache");
            return new Session(this, siteKey, null, Writable: false);
        }

        if (link is not null)
        {
            Warn($"the cache folder is not used: '{Display(link)}' is a symbolic link or not a folder, and the cache is written only into a real folder", "remove the link (the cache is made again), or pass --cache-dir with another folder, or --no-cache");
            return new Session(this, siteKey, null, Writable: false);
        }

        // Only a regular file is read (a FIFO in its place would block the build); anything else is replaced on write.
        var path = Path.Combine(Folder, ContentCachePack.FileName);
        var pack = FileSafety.Check(path, ContentFolder.Of(Folder)) is null ? ContentCachePack.Read(path, Format) : null;
        var usable = pack is not null && pack.ToolVersion == ToolVersion && pack.SiteKey == siteKey ? pack : null;
        return new Session(this, siteKey, usable, Writable: true);
    }

    /// <summary>What one load read from the pack, and where its new contents go.</summary>
    internal sealed record Session(ContentCache Cache, string SiteKey, ContentCachePack.Contents? Pack, bool Writable)
    {
        public ContentCachePack.Entry? Find(string relativePath, byte[] hash) =>
            Pack is not null && Pack.Entries.TryGetValue(relativePath, out var entry) && entry.Hash.AsSpan().SequenceEqual(hash) ? entry : null;

        /// <summary>Replaces the pack with <paramref name="entries"/> (the files this load read), unless it holds just those already.</summary>
        public void Save(IReadOnlyCollection<ContentCachePack.Entry> entries, bool changed)
        {
            if (Writable && (changed || Pack is null || Pack.Entries.Count != entries.Count))
            {
                Cache.Write(SiteKey, entries);
            }
        }
    }

    private void Write(string siteKey, IReadOnlyCollection<ContentCachePack.Entry> entries)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            FileStream lockFile;
            try
            {
                // FileShare.None is an exclusive flock(2) on Unix: while one build writes, another skips its write.
                lockFile = new FileStream(Path.Combine(Folder, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return;
            }

            using (lockFile)
            {
                ContentCachePack.RemoveLeftovers(Folder);
                ContentCachePack.Write(Folder, Format, ToolVersion, siteKey, entries);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn($"the content cache cannot be written ({e.Message}); this build is complete, the next one parses every file again", "make the folder writable, or pass --cache-dir with another folder, or --no-cache");
        }
    }

    /// <summary>The first folder from the cache folder down to <see cref="Folder"/> (from site.yml's folder, when the cache lies inside it) that exists but is a link or no folder.</summary>
    private string? LinkOnTheWay()
    {
        var chain = new List<string> { Folder, cacheFolder };
        var inside = Path.TrimEndingDirectorySeparator(contentRoot) + Path.DirectorySeparatorChar;
        for (var parent = Path.GetDirectoryName(cacheFolder); parent is not null && parent.StartsWith(inside, StringComparison.Ordinal); parent = Path.GetDirectoryName(parent))
        {
            chain.Add(parent);
        }

        chain.Reverse();
        return chain.FirstOrDefault(path =>
        {
            var info = new DirectoryInfo(path);
            return info.LinkTarget is not null || (!info.Exists && File.Exists(path));
        });
    }

    private void Warn(string message, string fix) =>
        problems = problems.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.CacheNotUsed, SourcePosition.StartOf(Display(Folder)), message, fix));

    private string Display(string path) => Path.GetRelativePath(displayBase, path).Replace(Path.DirectorySeparatorChar, '/');
}
