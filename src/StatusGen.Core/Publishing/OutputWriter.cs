using StatusGen.Building;

namespace StatusGen.Publishing;

/// <summary>
/// Writes a whole site so that readers of the output folder see the old site or the new one, never a mix and never
/// nothing: the files go to a sibling staging folder, which is exchanged with the output folder in one atomic step
/// (renameat2 RENAME_EXCHANGE on Linux; elsewhere two renames) once every file is written.
/// The replaced output is kept as one hidden sibling, <c>.NAME.previous</c>, and becomes the next build's staging
/// folder: overwriting its files in place costs a fraction of creating thousands of new files and folders and
/// deleting the old ones (see docs/performance.md). Staging folders of killed builds, recognised by their locked
/// marker file (<see cref="StagingClaim"/>), are reused or removed by the next build, so that at most one hidden folder
/// stays once a build has finished.
/// </summary>
public static class OutputWriter
{
    /// <exception cref="InvalidOperationException">Two generators produced the same path (a programming error).</exception>
    /// <exception cref="IOException">The staging folder could not be written or swapped in; the output folder is unchanged.</exception>
    /// <param name="keepUnchangedTimes">Files whose bytes equal the replaced output's keep its modification time (<see cref="UnchangedFiles"/>).</param>
    public static void Publish(IReadOnlyList<OutputFile> files, string outputDirectory, bool keepUnchangedTimes = false)
    {
        EnsureUniquePaths(files);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"'{outputDirectory}' has no parent folder.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var previous = Path.Combine(parent, $".{name}.previous");
        StagingClaim.RemoveLeftovers(parent, name, previous, TryDelete);
        using var claim = StagingClaim.Create(parent, name);
        var staging = claim.Folder;
        ClaimPrevious(previous, staging);
        var swapped = false;
        try
        {
            WriteAll(files, staging, keepUnchangedTimes ? output : null);
            swapped = Directory.Exists(output) && DirectorySwap.TryExchange(staging, output);
            if (!swapped)
            {
                MoveInWithoutExchange(staging, output, previous);
            }
        }
        catch
        {
            if (!Directory.Exists(output) && Directory.Exists(previous))
            {
                Directory.Move(previous, output);
            }

            TryDelete(staging);
            throw;
        }

        if (swapped)
        {
            KeepAsPrevious(staging, previous); // the staging folder now holds the replaced output
        }
    }

    /// <summary>The first build, or a system without an atomic exchange: two renames, with a moment without output in between.</summary>
    private static void MoveInWithoutExchange(string staging, string output, string previous)
    {
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
    }

    private static void KeepAsPrevious(string replaced, string previous)
    {
        try
        {
            Directory.Move(replaced, previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build kept its replaced output first; one is enough.
            TryDelete(replaced);
        }
    }

    /// <summary>Renames the previous output to the staging name, so that no other build can write into it; a fresh folder otherwise.</summary>
    private static void ClaimPrevious(string previous, string staging)
    {
        try
        {
            if (Directory.Exists(previous))
            {
                Directory.Move(previous, staging);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build claimed it first, or it cannot be moved: build into a fresh folder, and make room for the swap.
            TryDelete(previous);
        }
    }

    /// <param name="live">The output folder being replaced, when unchanged files keep its times; else null.</param>
    private static void WriteAll(IReadOnlyList<OutputFile> files, string root, string? live)
    {
        Directory.CreateDirectory(root);
        var targets = files.Select(f => Path.Combine(root, f.Path.Replace('/', Path.DirectorySeparatorChar))).ToArray();
        StaleEntries.Remove(root, targets);

        // Folders first, each once, then the files; both on every core (a large site has a folder per incident page).
        // The staging folder is swapped in only after all of them are written, so the order of the writes is never visible.
        var folders = targets.Select(t => Path.GetDirectoryName(t)!).Distinct(StringComparer.Ordinal).ToArray();
        // Callers expect the IOException a sequential write throws, which ParallelWork passes on unwrapped.
        ParallelWork.ForEach(folders, folder => Directory.CreateDirectory(folder));
        ParallelWork.For(files.Count, i => Overwrite(targets[i], files[i].Bytes, live is null ? null : Path.Combine(live, files[i].Path.Replace('/', Path.DirectorySeparatorChar))));
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as the whole file, over whatever the reused folder held there. Unlike
    /// <see cref="File.WriteAllBytes(string, byte[])"/> it never truncates a file to zero first: on ext4 (the usual
    /// Linux CI disk) a file truncated to zero is flushed to disk when it is closed, which made writing a large
    /// site several times slower. Nothing reads the staging folder until it is complete, so a half-written file is
    /// never seen.
    /// </summary>
    private static void Overwrite(string path, byte[] bytes, string? liveFile)
    {
        var unchangedSince = liveFile is null ? null : UnchangedFiles.TimeOf(liveFile, bytes);
        Overwrite(path, bytes);
        if (unchangedSince is { } time)
        {
            File.SetLastWriteTimeUtc(path, time);
        }
    }

    private static void Overwrite(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
        if (RandomAccess.GetLength(handle) > bytes.Length)
        {
            RandomAccess.SetLength(handle, bytes.Length);
        }
    }

    private static void EnsureUniquePaths(IReadOnlyList<OutputFile> files)
    {
        var clash = files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException($"Two outputs were generated for '{clash.Key}'.");
        }

        var unsafePath = files.FirstOrDefault(f => f.Path.Length == 0 || f.Path.StartsWith('/') || f.Path.Split('/').Contains(".."));
        if (unsafePath is not null)
        {
            throw new InvalidOperationException($"Output path '{unsafePath.Path}' is not a relative path inside the site.");
        }
    }

    private static void TryDelete(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        // A site is thousands of small folders (one per incident page); deleting them one by one is a large part of
        // a build, so the second-level folders go on every core first, then the rest in one call.
        string[] secondLevel;
        try
        {
            secondLevel = [.. Directory.GetDirectories(directory).SelectMany(Directory.GetDirectories)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            secondLevel = [];
        }

        Parallel.ForEach(secondLevel, DeleteQuietly);
        DeleteQuietly(directory);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is harmless (hidden, uniquely named); the publish itself succeeded or was rolled back.
        }
    }
}
