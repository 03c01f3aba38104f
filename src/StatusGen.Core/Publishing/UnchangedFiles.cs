using System.Buffers;

namespace StatusGen.Publishing;

/// <summary>
/// Output files whose bytes are the same as in the output folder being replaced keep that file's modification time,
/// as if they had not been written: hosts and sync tools that compare times (rsync without --checksum, S3 sync,
/// FTP mirrors) then upload only what changed. The site is still staged in full and swapped in atomically; only the
/// times say which files are new.
/// </summary>
internal static class UnchangedFiles
{
    private const int Chunk = 64 * 1024;

    /// <summary>The modification time (UTC) of <paramref name="liveFile"/> when it holds exactly <paramref name="bytes"/>; else null.</summary>
    public static DateTime? TimeOf(string liveFile, byte[] bytes)
    {
        try
        {
            var info = new FileInfo(liveFile);
            if (!info.Exists || info.LinkTarget is not null || info.Length != bytes.Length)
            {
                return null;
            }

            using var handle = File.OpenHandle(liveFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return SameBytes(handle, bytes) ? info.LastWriteTimeUtc : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable: written as new, which is never wrong
        }
    }

    private static bool SameBytes(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            for (var offset = 0; offset < bytes.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(Chunk, bytes.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.AsSpan(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            // The file may have grown since it was measured.
            return RandomAccess.Read(handle, buffer.AsSpan(0, 1), bytes.Length) == 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
