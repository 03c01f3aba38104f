using System.Collections.Concurrent;
using StatusGen.Building;

namespace StatusGen.Publishing;

/// <summary>
/// Writes a site's files into its staging folder as they arrive, from any number of threads, and remembers their
/// paths only: the bytes are gone once written. The folder may hold the previous output (it is reused, see
/// <see cref="OutputWriter"/>): a file is overwritten in place, an old file or folder standing where the new site
/// needs the other is removed first, and <see cref="Finish"/> removes whatever the new site did not write.
/// </summary>
/// <param name="live">The output folder being replaced, when files whose bytes did not change keep its times (<see cref="UnchangedFiles"/>); else null.</param>
internal sealed class StagedFiles(string root, string? live = null)
{
    /// <summary>Site paths written so far; case-insensitive, because two paths differing in case clash on some hosts and file systems.</summary>
    private readonly ConcurrentDictionary<string, string> written = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Folders known to exist, so that each is created once however many files it holds.</summary>
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);

    /// <summary>Taken only to clear an old entry out of the way, which a rebuilt site rarely needs.</summary>
    private readonly Lock clearing = new();

    /// <exception cref="InvalidOperationException">The path was written already, or leaves the site.</exception>
    public void Write(OutputFile file)
    {
        if (file.Path.Length == 0 || file.Path.StartsWith('/') || file.Path.Split('/').Contains(".."))
        {
            throw new InvalidOperationException($"Output path '{file.Path}' is not a relative path inside the site.");
        }

        if (!written.TryAdd(file.Path, file.Path))
        {
            throw new InvalidOperationException($"Two outputs were generated for '{written[file.Path]}'.");
        }

        var target = FullPath(file.Path);
        EnsureFolder(Path.GetDirectoryName(target)!);
        try
        {
            Overwrite(target, file.Bytes);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException && Directory.Exists(target))
        {
            ClearOldEntry(target);
            Overwrite(target, file.Bytes);
        }

        if (live is not null && UnchangedFiles.TimeOf(In(live, file.Path), file.Bytes) is { } unchangedSince)
        {
            File.SetLastWriteTimeUtc(target, unchangedSince);
        }
    }

    /// <summary>Removes everything the new site did not write; the folder then holds exactly the new site.</summary>
    /// <returns>Every site path written, sorted (ordinal).</returns>
    public IReadOnlyList<string> Finish()
    {
        var paths = written.Keys.Order(StringComparer.Ordinal).ToArray();
        StaleEntries.Remove(root, [.. paths.Select(FullPath)]);
        return paths;
    }

    private string FullPath(string sitePath) => In(root, sitePath);

    private static string In(string folder, string sitePath) => Path.Combine(folder, sitePath.Replace('/', Path.DirectorySeparatorChar));

    private void EnsureFolder(string folder)
    {
        if (folders.ContainsKey(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException)
        {
            // An old file stands where a folder of the new site goes: the shallowest such file is in the way.
            for (var entry = folder; entry is not null && entry.Length > root.Length; entry = Path.GetDirectoryName(entry))
            {
                if (File.Exists(entry))
                {
                    ClearOldEntry(entry);
                }
            }

            Directory.CreateDirectory(folder);
        }

        folders.TryAdd(folder, true);
    }

    /// <summary>Removes a file or folder of the previous output that stands where the new site needs the other kind.</summary>
    /// <exception cref="InvalidOperationException">This build wrote it: two outputs need one path as a file and as a folder.</exception>
    private void ClearOldEntry(string entry)
    {
        lock (clearing)
        {
            var sitePath = Path.GetRelativePath(root, entry).Replace(Path.DirectorySeparatorChar, '/');
            if (written.Keys.Any(p => p.Equals(sitePath, StringComparison.OrdinalIgnoreCase) && File.Exists(entry)
                || p.StartsWith(sitePath + "/", StringComparison.OrdinalIgnoreCase) && Directory.Exists(entry)))
            {
                throw new InvalidOperationException($"Two outputs need '{sitePath}' as a file and as a folder.");
            }

            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else if (File.Exists(entry))
            {
                File.Delete(entry);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as the whole file, over whatever the reused folder held there. Unlike
    /// <see cref="File.WriteAllBytes(string, byte[])"/> it never truncates a file to zero first: on ext4 (the usual
    /// Linux CI disk) a file truncated to zero is flushed to disk when it is closed, which made writing a large
    /// site several times slower. Nothing reads the staging folder until it is complete, so a half-written file is
    /// never seen.
    /// </summary>
    private static void Overwrite(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
        if (RandomAccess.GetLength(handle) > bytes.Length)
        {
            RandomAccess.SetLength(handle, bytes.Length);
        }
    }
}
