using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StatusGen.Loading;

/// <summary>
/// The content cache's one file: a header (magic, format, body length, SHA-256 of the body), then the body: the tool
/// version and site key it was written for, and one entry per content file (site-relative path, SHA-256 of the
/// file's bytes, what the file produced). One file rather than one per content file: a build reads and writes it in
/// one go, where 10,000 small files cost 10,000 opens and renames (docs/performance.md, 2026-11-30).
/// </summary>
internal static class ContentCachePack
{
    public const string FileName = "files.bin";
    private static readonly byte[] Magic = "SGCACHE\n"u8.ToArray();
    private static readonly int HeaderLength = Magic.Length + 4 + 8 + 32;

    public sealed record Entry(string Path, byte[] Hash, ReadOnlyMemory<byte> Payload);

    public sealed record Contents(string ToolVersion, string SiteKey, IReadOnlyDictionary<string, Entry> Entries);

    /// <returns>The pack, or null when it is missing, unreadable, truncated, damaged or of another format.</returns>
    public static Contents? Read(string path, int format)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length)) != format
            || BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(Magic.Length + 4)) != bytes.Length - HeaderLength
            || !SHA256.HashData(bytes.AsSpan(HeaderLength)).AsSpan().SequenceEqual(bytes.AsSpan(Magic.Length + 12, 32)))
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, HeaderLength, bytes.Length - HeaderLength, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            var toolVersion = reader.ReadString();
            var siteKey = reader.ReadString();
            var count = reader.ReadInt32();
            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var entryPath = reader.ReadString();
                var hash = reader.ReadBytes(32);
                var length = reader.ReadInt32();
                var start = HeaderLength + (int)stream.Position;
                if (hash.Length != 32 || length < 0 || length > stream.Length - stream.Position)
                {
                    return null;
                }

                entries[entryPath] = new Entry(entryPath, hash, bytes.AsMemory(start, length));
                stream.Position += length;
            }

            return stream.Position == stream.Length ? new Contents(toolVersion, siteKey, entries) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes the pack under a temporary name in <paramref name="folder"/> and renames it into place.</summary>
    /// <exception cref="IOException">Writing failed; the temporary file is removed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Write(string folder, int format, string toolVersion, string siteKey, IReadOnlyCollection<Entry> entries)
    {
        var temporary = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                file.Write(new byte[HeaderLength]);
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                using var scratch = new MemoryStream();
                using var writer = new BinaryWriter(scratch, Encoding.UTF8);
                void Flush()
                {
                    writer.Flush();
                    hash.AppendData(scratch.GetBuffer(), 0, (int)scratch.Length);
                    file.Write(scratch.GetBuffer(), 0, (int)scratch.Length);
                    scratch.SetLength(0);
                }

                writer.Write(toolVersion);
                writer.Write(siteKey);
                writer.Write(entries.Count);
                foreach (var entry in entries)
                {
                    writer.Write(entry.Path);
                    writer.Write(entry.Hash);
                    writer.Write(entry.Payload.Length);
                    writer.Write(entry.Payload.Span);
                    Flush();
                }

                Flush();
                var header = new byte[HeaderLength];
                Magic.CopyTo(header, 0);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length), format);
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(Magic.Length + 4), file.Length - HeaderLength);
                hash.GetHashAndReset().CopyTo(header, Magic.Length + 12);
                file.Position = 0;
                file.Write(header);
            }

            File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Temporary files of writers that were killed; called only while holding the folder's lock.</summary>
    public static void RemoveLeftovers(string folder)
    {
        foreach (var leftover in Directory.EnumerateFiles(folder, $".{FileName}.*.tmp"))
        {
            TryDelete(leftover);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next writer that holds the lock.
        }
    }
}
