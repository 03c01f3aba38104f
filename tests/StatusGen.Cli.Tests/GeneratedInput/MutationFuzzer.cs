using System.Text;

namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>
/// Mutates the demo content (content/ in the repository): deletes, duplicates and swaps lines, flips bytes and
/// inserts <see cref="Pathological"/> snippets, one to three edits in one file per input. Deterministic for a seed.
/// </summary>
internal sealed class MutationFuzzer(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>Every demo file by its path under the harness root ("content/site.yml", ...).</summary>
    public static IReadOnlyDictionary<string, byte[]> DemoFiles { get; } = LoadDemo();

    /// <summary>The demo files with one of them mutated; returns which file and what was done.</summary>
    public (Dictionary<string, byte[]> Files, string Description) Next()
    {
        var files = DemoFiles.ToDictionary(p => p.Key, p => p.Value);
        var paths = files.Keys.Order(StringComparer.Ordinal).ToList();
        // site.yml is one file among 19 but feeds every other: mutate it a quarter of the time.
        var path = random.Next(4) == 0 ? "content/site.yml" : paths[random.Next(paths.Count)];
        var bytes = files[path];
        var edits = new List<string>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            (bytes, var edit) = Mutate(bytes);
            edits.Add(edit);
        }

        files[path] = bytes;
        return (files, $"{path}: {string.Join("; ", edits)}");
    }

    private (byte[] Bytes, string Edit) Mutate(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var i = random.Next(lines.Count);
        switch (random.Next(6))
        {
            case 0:
                lines.RemoveAt(i);
                return (Join(lines), $"deleted line {i + 1}");
            case 1:
                lines.Insert(i, lines[i]);
                return (Join(lines), $"duplicated line {i + 1}");
            case 2:
                var j = random.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return (Join(lines), $"swapped lines {i + 1} and {j + 1}");
            case 3:
                var snippet = random.Next(Pathological.Snippets.Count);
                lines.Insert(i, Pathological.Snippets[snippet]);
                return (Join(lines), $"inserted snippet {snippet} at line {i + 1}");
            default:
                var copy = (byte[])bytes.Clone();
                var at = random.Next(copy.Length);
                var value = (byte)random.Next(256);
                copy[at] = value;
                return (copy, $"byte {at} set to 0x{value:X2}");
        }
    }

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static Dictionary<string, byte[]> LoadDemo()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StatusGen.sln")))
        {
            directory = directory.Parent;
        }

        var content = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("StatusGen.sln not found above the test binaries"), "content");
        return Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)
            .ToDictionary(f => "content/" + Path.GetRelativePath(content, f).Replace('\\', '/'), File.ReadAllBytes);
    }
}
