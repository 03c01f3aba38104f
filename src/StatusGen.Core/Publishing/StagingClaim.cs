using System.Text;

namespace StatusGen.Publishing;

/// <summary>
/// A build's claim on its staging folder <c>.NAME.staging-ID</c>: a sibling file <c>.NAME.staging-ID.lock</c> that
/// holds a fixed marker text and stays open with an exclusive lock while the build runs. The operating system drops
/// the lock when the process ends, however it ends; so a marked file that nobody holds proves that the folder of the
/// same name is a leftover of a killed build, and nothing else is ever removed.
/// </summary>
internal sealed class StagingClaim : IDisposable
{
    private const string LockSuffix = ".lock";
    private static readonly byte[] Marker = Encoding.UTF8.GetBytes(
        "statusgen: a build writes the folder of this name (without .lock); the next build removes both once no build holds this file.\n");

    private readonly FileStream lockFile;
    private readonly string lockPath;

    private StagingClaim(string folder, string lockPath, FileStream lockFile)
    {
        Folder = folder;
        this.lockPath = lockPath;
        this.lockFile = lockFile;
    }

    /// <summary>The staging folder's full path; it does not exist yet.</summary>
    public string Folder { get; }

    /// <summary>Creates and locks the marker file of a new, uniquely named staging folder next to the output folder.</summary>
    public static StagingClaim Create(string parent, string outputName)
    {
        var folder = Path.Combine(parent, $".{outputName}.staging-{Guid.NewGuid():N}");
        var lockPath = folder + LockSuffix;

        // FileShare.None is an exclusive flock(2) on Unix: another build's open fails until this process ends.
        var stream = new FileStream(lockPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        stream.Write(Marker);
        stream.Flush();
        return new StagingClaim(folder, lockPath, stream);
    }

    /// <summary>
    /// Clears up after builds that were killed: each staging folder whose marker file no build holds becomes the
    /// <paramref name="previous"/> folder when there is none (it is reused like one), or is deleted.
    /// </summary>
    public static void RemoveLeftovers(string parent, string outputName, string previous, Action<string> delete)
    {
        var prefix = $".{outputName}.staging-";
        foreach (var lockPath in Directory.EnumerateFiles(parent, $"{prefix}*{LockSuffix}"))
        {
            var folder = lockPath[..^LockSuffix.Length];
            if (!IsUniqueId(Path.GetFileName(folder)[prefix.Length..]))
            {
                continue;
            }

            FileStream stream;
            try
            {
                stream = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // a running build holds it, or it is not ours to open
            }

            using (stream)
            {
                if (!HasMarker(stream))
                {
                    continue;
                }

                if (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null)
                {
                    Reuse(folder, previous, delete);
                }

                File.Delete(lockPath);
            }
        }
    }

    /// <summary>Deletes the marker file: the folder it claimed has been swapped in or set aside.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(lockPath); // while still locked, so no other build can open it in between
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is removed by the next build.
        }

        lockFile.Dispose();
    }

    private static void Reuse(string folder, string previous, Action<string> delete)
    {
        if (!Directory.Exists(previous))
        {
            try
            {
                Directory.Move(folder, previous);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build made one in the meantime: this one goes.
            }
        }

        delete(folder);
    }

    private static bool HasMarker(FileStream stream)
    {
        var bytes = new byte[Marker.Length + 1];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return bytes.AsSpan(0, read).SequenceEqual(Marker);
    }

    private static bool IsUniqueId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
