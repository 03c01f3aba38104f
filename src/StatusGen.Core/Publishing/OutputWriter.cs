using StatusGen.Building;

namespace StatusGen.Publishing;

/// <summary>
/// Writes a whole site so that readers of the output folder see the old site or the new one, never a mix:
/// the files go to a sibling staging folder, which replaces the output folder only once every file is written.
/// </summary>
public static class OutputWriter
{
    /// <exception cref="InvalidOperationException">Two generators produced the same path (a programming error).</exception>
    /// <exception cref="IOException">The staging folder could not be written or swapped in; the output folder is unchanged.</exception>
    public static void Publish(IReadOnlyList<OutputFile> files, string outputDirectory)
    {
        EnsureUniquePaths(files);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"'{outputDirectory}' has no parent folder.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            WriteAll(files, staging);
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
        }
        catch
        {
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }

            TryDelete(staging);
            throw;
        }

        TryDelete(retired);
    }

    private static void WriteAll(IReadOnlyList<OutputFile> files, string root)
    {
        Directory.CreateDirectory(root);
        foreach (var file in files)
        {
            var target = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Bytes);
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
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover staging or retired folder is harmless (hidden, uniquely named); the publish itself succeeded or was rolled back.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
