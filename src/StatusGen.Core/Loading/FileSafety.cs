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
    public static (Diagnostics.DiagnosticCode Code, string Message, string Fix)? Check(string fullPath, ContentFolder contentRoot)
    {
        var realRoot = contentRoot.RealPath;
        var real = realRoot is null ? null : RealPath(fullPath, contentRoot);
        if (real is null || realRoot is null)
        {
            return (Diagnostics.DiagnosticCodes.FileOutsideContent, "the file is a symbolic link that cannot be resolved (a loop or a missing target)", "replace the link with the file itself");
        }

        var kind = Kind(real);
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

        return kind switch
        {
            FileKind.Regular => null,
            _ => (Diagnostics.DiagnosticCodes.NotRegularFile, $"the file is {Describe(kind)}, not a regular file, and is not read", "replace it with a regular file"),
        };
    }

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

        // SystemNative_Stat is the runtime's own portable stat (libSystem.Native ships with every .NET on Unix);
        // its FileStatus begins with int32 Flags, then int32 Mode holding the S_IFMT type bits.
        var status = new byte[256];
        if (Stat([.. System.Text.Encoding.UTF8.GetBytes(path), 0], status) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Pipe,
            0x2000 or 0x6000 => FileKind.Device,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] utf8Path, [Out] byte[] status);
}

/// <summary>A content folder with its real path (every link resolved) worked out once, for all the files read from it.</summary>
/// <param name="RealPath">Null when the folder's own path holds a link loop or a dangling link.</param>
internal sealed record ContentFolder(string FullPath, string? RealPath)
{
    public static ContentFolder Of(string path) => new(Path.GetFullPath(path), FileSafety.RealPath(path));
}
