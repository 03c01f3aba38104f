using System.Runtime.InteropServices;

namespace StatusGen.Loading;

/// <summary>
/// Decides whether a file named by the content may be read at all: it must be a regular file whose real path
/// (every symbolic link resolved) lies inside the content folder. Reading a FIFO would block forever, a device or a
/// /proc file would publish whatever it yields, and a link out of the folder could publish a secret.
/// </summary>
internal static class FileSafety
{
    private const int MaxLinks = 40;

    /// <returns>Null when the file may be read, else the diagnostic that says why not.</returns>
    public static (Diagnostics.DiagnosticCode Code, string Message, string Fix)? Check(string fullPath, string contentRoot) =>
        Check(fullPath, ContentFolder.Of(contentRoot));

    /// <inheritdoc cref="Check(string, string)"/>
    public static (Diagnostics.DiagnosticCode Code, string Message, string Fix)? Check(string fullPath, ContentFolder contentRoot) =>
        Check(fullPath, contentRoot, out _);

    /// <inheritdoc cref="Check(string, string)"/>
    /// <param name="length">The file's size when the check read it on the way (a regular file reached without a link
    /// in its last segment), else null.</param>
    public static (Diagnostics.DiagnosticCode Code, string Message, string Fix)? Check(string fullPath, ContentFolder contentRoot, out long? length)
    {
        length = null;
        var realRoot = contentRoot.RealPath;
        var (real, kind, size) = Direct(fullPath, contentRoot) is { } direct
            ? direct
            : realRoot is not null && RealPath(fullPath, contentRoot) is { } resolved ? (resolved, Kind(resolved), (long?)null) : (null, FileKind.Missing, null);
        if (real is null || realRoot is null)
        {
            return (Diagnostics.DiagnosticCodes.FileOutsideContent, "the file is a symbolic link that cannot be resolved (a loop or a missing target)", "replace the link with the file itself");
        }

        if (kind is FileKind.Missing)
        {
            // Nothing to read, nothing to leak: the read reports the missing file in its own words.
            return null;
        }

        var inside = real.StartsWith(Path.TrimEndingDirectorySeparator(realRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside)
        {
            return (Diagnostics.DiagnosticCodes.FileOutsideContent, "the file is a symbolic link to a file outside the content folder, which is never published", "copy the file into the content folder instead of linking to it");
        }

        if (kind is FileKind.Regular)
        {
            length = size;
            return null;
        }

        return (Diagnostics.DiagnosticCodes.NotRegularFile, $"the file is {Describe(kind)}, not a regular file, and is not read", "replace it with a regular file");
    }

    /// <summary>
    /// The common case in one lstat(2): a file whose folder's real path is already known (resolved once per folder)
    /// and whose own name is not a link. Its real path is then the folder's real path and its name, and lstat tells its
    /// type and size as stat would. Null sends every other case (a link, a path outside the folder, no lstat) down the
    /// segment-by-segment walk.
    /// </summary>
    private static (string Real, FileKind Kind, long? Length)? Direct(string path, ContentFolder folder)
    {
        if (!UnixStat || folder.RealPath is null)
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        if (!full.StartsWith(folder.Prefix, StringComparison.Ordinal) || full.EndsWith(Path.DirectorySeparatorChar))
        {
            return null;
        }

        var rest = full.AsSpan(folder.Prefix.Length);
        var slash = rest.LastIndexOf(Path.DirectorySeparatorChar);
        var directory = slash < 0 ? folder.RealPath : folder.RealDirectory(rest[..slash].ToString());
        if (directory is null)
        {
            return null;
        }

        var real = Path.Combine(directory, rest[(slash + 1)..].ToString());
        if (!Status(real, follow: false, out var mode, out var size))
        {
            return (real, FileKind.Missing, null);
        }

        return (mode & 0xF000) == 0xA000 ? null : (real, KindOf(mode), size);
    }

    /// <summary>The real path of a folder below <paramref name="folder"/>'s, by the same walk a file's path takes.</summary>
    internal static string? ResolveBelow(ContentFolder folder, string relative) =>
        folder.RealPath is { } real ? Resolve(real, relative, 0) : null;

    private enum FileKind
    {
        Regular,
        Directory,
        Pipe,
        Device,
        Socket,
        Missing,
        Other,
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "a special file",
    };

    /// <summary>The path with every symbolic link in it resolved; null for a loop or a dangling link.</summary>
    internal static string? RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        return Resolve(root, full[root.Length..], depth);
    }

    /// <summary>
    /// <see cref="RealPath(string, int)"/> of a path inside <paramref name="folder"/>: only the segments below the
    /// folder are resolved, starting from its real path, which is what resolving the whole path reaches there.
    /// </summary>
    private static string? RealPath(string path, ContentFolder folder)
    {
        var full = Path.GetFullPath(path);
        var prefix = Path.TrimEndingDirectorySeparator(folder.FullPath) + Path.DirectorySeparatorChar;
        return folder.RealPath is { } realFolder && full.StartsWith(prefix, StringComparison.Ordinal)
            ? Resolve(realFolder, full[prefix.Length..], 0)
            : RealPath(full);
    }

    /// <param name="current">A real path (no links in it) to resolve <paramref name="rest"/> from.</param>
    private static string? Resolve(string current, string rest, int depth)
    {
        var root = Path.GetPathRoot(current) ?? "/";
        foreach (var segment in rest.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = new FileInfo(current);
            if (info.LinkTarget is null)
            {
                continue;
            }

            if (depth >= MaxLinks)
            {
                return null;
            }

            var target = Path.GetFullPath(info.LinkTarget, Path.GetDirectoryName(current) ?? root);
            if (RealPath(target, depth + 1) is not { } resolved)
            {
                return null;
            }

            current = resolved;
        }

        return current;
    }

    /// <summary>The file's type from stat(2); .NET's own FileSystemInfo cannot tell a FIFO or device from a file.</summary>
    private static FileKind Kind(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            if (!File.Exists(path))
            {
                return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
            }

            return (File.GetAttributes(path) & FileAttributes.Device) == 0 ? FileKind.Regular : FileKind.Device;
        }

        // One stat answers what File.Exists and Directory.Exists would: a failed stat is a missing file.
        return Status(path, follow: true, out var mode, out _) ? KindOf(mode) : FileKind.Missing;
    }

    private static bool UnixStat => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    private static FileKind KindOf(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Pipe,
        0x2000 or 0x6000 => FileKind.Device,
        0xC000 => FileKind.Socket,
        _ => FileKind.Other,
    };

    /// <summary>stat(2), or lstat(2) when <paramref name="follow"/> is false; false when it fails.</summary>
    private static bool Status(string path, bool follow, out int mode, out long size)
    {
        // SystemNative_Stat and _LStat are the runtime's own portable stat (libSystem.Native ships with every .NET on
        // Unix); its FileStatus begins with int32 Flags, int32 Mode (holding the S_IFMT type bits), uint32 Uid and
        // Gid, then int64 Size.
        var bytes = System.Text.Encoding.UTF8.GetMaxByteCount(path.Length) + 1;
        Span<byte> utf8 = bytes <= 1024 ? stackalloc byte[bytes] : new byte[bytes];
        utf8[System.Text.Encoding.UTF8.GetBytes(path, utf8)] = 0;
        Span<byte> status = stackalloc byte[256];
        status.Clear();
        var result = follow
            ? Stat(ref MemoryMarshal.GetReference(utf8), ref MemoryMarshal.GetReference(status))
            : LStat(ref MemoryMarshal.GetReference(utf8), ref MemoryMarshal.GetReference(status));
        mode = BitConverter.ToInt32(status[4..]);
        size = BitConverter.ToInt64(status[16..]);
        return result == 0;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(ref byte utf8Path, ref byte status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int LStat(ref byte utf8Path, ref byte status);
}

/// <summary>A content folder with its real path (every link resolved) worked out once, for all the files read from it.</summary>
/// <param name="RealPath">Null when the folder's own path holds a link loop or a dangling link.</param>
internal sealed record ContentFolder(string FullPath, string? RealPath)
{
    // Real paths of the folders below this one, resolved once per load (a load makes its own ContentFolder), not once
    // per file: every incident file of a build lies in the same folder.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> directories = new(StringComparer.Ordinal);

    /// <summary>The folder's full path with one separator at the end: what the paths of the files inside it start with.</summary>
    public string Prefix { get; } = Path.TrimEndingDirectorySeparator(FullPath) + Path.DirectorySeparatorChar;

    public static ContentFolder Of(string path) => new(Path.GetFullPath(path), FileSafety.RealPath(path));

    /// <summary>The real path of a folder below this one, given relative to <see cref="FullPath"/>; null for a loop or a dangling link.</summary>
    public string? RealDirectory(string relative) => directories.GetOrAdd(relative, static (rest, folder) => FileSafety.ResolveBelow(folder, rest), this);

    public bool Equals(ContentFolder? other) => other is not null && FullPath == other.FullPath && RealPath == other.RealPath;

    public override int GetHashCode() => HashCode.Combine(FullPath, RealPath);
}
