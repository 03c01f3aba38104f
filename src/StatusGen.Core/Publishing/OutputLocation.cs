namespace StatusGen.Publishing;

/// <summary>
/// Decides whether a folder may be the build's output. Publishing replaces the whole output folder and moves the
/// replaced one aside, so an output that is, contains or lies inside the content folder would move or delete the
/// content, and one that is the working folder or a parent of it would move the whole project away.
/// </summary>
public static class OutputLocation
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Why <paramref name="output"/> may not be the output folder, or null when it may.</summary>
    /// <param name="output">Full path of the output folder (it need not exist).</param>
    /// <param name="content">Full path of the content folder.</param>
    /// <param name="workingDirectory">Full path of the working folder.</param>
    /// <remarks>Symbolic links are resolved on every path first, so a link cannot disguise the content folder.</remarks>
    public static string? Conflict(string output, string content, string workingDirectory)
    {
        var realOutput = RealPath(output);
        var realContent = RealPath(content);
        var realWorking = RealPath(workingDirectory);
        if (Same(realOutput, realWorking))
        {
            return $"is the working folder ({realWorking})";
        }

        if (IsInside(realWorking, realOutput))
        {
            return $"contains the working folder ({realWorking})";
        }

        if (Same(realOutput, realContent))
        {
            return $"is the content folder ({realContent})";
        }

        if (IsInside(realOutput, realContent))
        {
            return $"lies inside the content folder ({realContent})";
        }

        return IsInside(realContent, realOutput) ? $"contains the content folder ({realContent})" : null;
    }

    /// <summary>
    /// The path with every symbolic link along it replaced by its target, like realpath(3), for paths whose last parts
    /// do not exist yet (those are kept as written).
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        for (var links = 0; pending.TryPop(out var part);)
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            // 40 is Linux's own limit (ELOOP); a loop of links ends here instead of spinning.
            if (++links > 40)
            {
                throw new IOException($"too many levels of symbolic links at '{next}'");
            }

            var resolved = Path.GetFullPath(target, current);
            foreach (var piece in resolved[(Path.GetPathRoot(resolved) ?? "").Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }

            current = Path.GetPathRoot(resolved) ?? root;
        }

        return current;
    }

    private static bool Same(string a, string b) => string.Equals(Trim(a), Trim(b), PathComparison);

    private static bool IsInside(string inner, string outer) =>
        Trim(inner).StartsWith(Trim(outer) + Path.DirectorySeparatorChar, PathComparison) || (IsRoot(outer) && !Same(inner, outer));

    private static bool IsRoot(string path) => Path.GetPathRoot(path) is { } root && Same(root, path);

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
