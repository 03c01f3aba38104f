namespace StatusGen.Publishing;

/// <summary>Empties a reused staging folder of everything the new site does not write, so that it ends up holding exactly the new files.</summary>
internal static class StaleEntries
{
    /// <param name="root">The staging folder, possibly holding the previous output.</param>
    /// <param name="targets">Full paths of every file the new site writes under <paramref name="root"/>.</param>
    public static void Remove(string root, IReadOnlyList<string> targets)
    {
        var files = new HashSet<string>(targets, StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { root };
        foreach (var target in targets)
        {
            for (var folder = Path.GetDirectoryName(target); folder is not null && folders.Add(folder); folder = Path.GetDirectoryName(folder))
            {
            }
        }

        // Folders the new site does not use go whole, shallowest first (deeper ones are then already gone); this also clears a folder where a file must go.
        foreach (var folder in Directory.GetDirectories(root, "*", SearchOption.AllDirectories).Where(f => !folders.Contains(f)).OrderBy(f => f.Length))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !files.Contains(f)))
        {
            File.Delete(file);
        }
    }
}
