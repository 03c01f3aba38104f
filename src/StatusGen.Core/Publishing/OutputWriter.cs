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
    /// <summary>Publishes files already in memory; see <see cref="Publish(Action{Action{OutputFile}}, string)"/>.</summary>
    /// <exception cref="InvalidOperationException">Two generators produced the same path (a programming error).</exception>
    /// <exception cref="IOException">The staging folder could not be written or swapped in; the output folder is unchanged.</exception>
    /// <param name="keepUnchangedTimes">Files whose bytes equal the replaced output's keep its modification time (<see cref="UnchangedFiles"/>).</param>
    public static IReadOnlyList<string> Publish(IReadOnlyList<OutputFile> files, string outputDirectory, bool keepUnchangedTimes = false) =>
        Publish(write => ParallelWork.ForEach(files, write), outputDirectory, keepUnchangedTimes);

    /// <summary>
    /// Publishes the files <paramref name="writeSite"/> hands to the write action it is given, writing each to the
    /// staging folder at once (from any number of threads), so that no more of the site is held in memory than its
    /// generators hold. The output folder changes only after <paramref name="writeSite"/> has returned.
    /// </summary>
    /// <returns>Every path written, relative to the output folder, sorted (ordinal).</returns>
    /// <exception cref="InvalidOperationException">Two generators produced the same path (a programming error).</exception>
    /// <exception cref="IOException">The staging folder could not be written or swapped in; the output folder is unchanged.</exception>
    /// <remarks>Whatever <paramref name="writeSite"/> throws is passed on, with the output folder unchanged.</remarks>
    /// <param name="keepUnchangedTimes">Files whose bytes equal the replaced output's keep its modification time (<see cref="UnchangedFiles"/>).</param>
    public static IReadOnlyList<string> Publish(Action<Action<OutputFile>> writeSite, string outputDirectory, bool keepUnchangedTimes = false)
    {
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
        IReadOnlyList<string> paths;
        try
        {
            Directory.CreateDirectory(staging);
            var staged = new StagedFiles(staging, keepUnchangedTimes ? output : null);
            writeSite(staged.Write);
            paths = staged.Finish();
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

        return paths;
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
