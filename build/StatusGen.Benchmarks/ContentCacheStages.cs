using System.Diagnostics;
using System.Globalization;
using System.Text;
using StatusGen.Loading;

namespace StatusGen.Benchmarks;

/// <summary>
/// The content cache on disk (<see cref="ContentCache"/>), in this process with everything warm: the load with no
/// cache, with an empty one (the first build, which writes it) and with a warm one after one edit; then the choice of
/// form, one pack against one file per content file, as raw I/O of the same bytes (write with temp + rename, read back).
/// </summary>
internal static class ContentCacheStages
{
    public static string Run(string contentDirectory, int edits)
    {
        var copy = contentDirectory + "-cache";
        Copy(contentDirectory, copy);
        var cacheDir = copy + "-store";
        var edited = Directory.GetFiles(Path.Combine(copy, "incidents"), "*.md").Order(StringComparer.Ordinal).Last();
        var totals = new Dictionary<string, (double Wall, double Cpu)>(StringComparer.Ordinal);
        for (var edit = 0; edit <= edits; edit++)
        {
            Measure("load, no cache", () => ContentLoader.Load(copy, copy, Building.SiteBuilder.DefaultLanguages), totals, edit);
            if (Directory.Exists(cacheDir))
            {
                Directory.Delete(cacheDir, recursive: true);
            }

            Measure("load, empty cache (parses every file, writes the cache)", () => ContentLoader.Load(copy, copy, Building.SiteBuilder.DefaultLanguages, Memo(copy, cacheDir)), totals, edit);
            File.AppendAllText(edited, FormattableString.Invariant($"\nEdited {edit}.\n"));
            Measure("load, warm cache, one file edited (parses it, rewrites the cache)", () => ContentLoader.Load(copy, copy, Building.SiteBuilder.DefaultLanguages, Memo(copy, cacheDir)), totals, edit);
            Measure("load, warm cache, nothing edited (writes nothing)", () => ContentLoader.Load(copy, copy, Building.SiteBuilder.DefaultLanguages, Memo(copy, cacheDir)), totals, edit);
        }

        var pack = File.ReadAllBytes(Path.Combine(cacheDir, "content", "files.bin"));
        var files = Directory.GetFiles(copy, "*.md", SearchOption.AllDirectories).Length;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Load stage, {files:N0} content files, warm process, mean of {edits} runs; the pack is {pack.Length / 1024.0 / 1024.0:F1} MiB.")
            .AppendLine()
            .AppendLine("| part | wall ms | CPU ms |")
            .AppendLine("|---|---:|---:|");
        Append(text, totals, edits);
        totals.Clear();
        var split = Path.Combine(cacheDir, "split");
        Directory.CreateDirectory(split);
        var chunk = pack.Length / files;
        for (var run = 0; run <= edits; run++)
        {
            Measure("one pack: write (temp + rename)", () => WriteAtomically(Path.Combine(cacheDir, "pack.bin"), pack), totals, run);
            Measure("one pack: read", () => File.ReadAllBytes(Path.Combine(cacheDir, "pack.bin")).Length, totals, run);
            Measure($"{files:N0} files of {chunk:N0} bytes: write (temp + rename each)", () => Enumerable.Range(0, files).Sum(i => WriteAtomically(Path.Combine(split, $"{i}.bin"), pack.AsSpan(i * chunk, chunk).ToArray())), totals, run);
            Measure($"{files:N0} files: read", () => Enumerable.Range(0, files).Sum(i => File.ReadAllBytes(Path.Combine(split, $"{i}.bin")).Length), totals, run);
        }

        text.AppendLine().AppendLine("| the same bytes as | wall ms | CPU ms |").AppendLine("|---|---:|---:|");
        Append(text, totals, edits);
        Directory.Delete(copy, recursive: true);
        Directory.Delete(cacheDir, recursive: true);
        return text.ToString();
    }

    private static ContentFileMemo Memo(string content, string cacheDir) => new(new ContentCache(content, cacheDir, content));

    private static int WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return bytes.Length;
    }

    private static void Copy(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*.md", SearchOption.AllDirectories).Append(Path.Combine(from, "site.yml")))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Append(StringBuilder text, Dictionary<string, (double Wall, double Cpu)> totals, int runs)
    {
        foreach (var (name, (wall, cpu)) in totals)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {wall / runs:F0} | {cpu / runs:F0} |");
        }
    }

    /// <summary>Runs <paramref name="work"/>, adding its times to <paramref name="totals"/> except on the warm-up run 0.</summary>
    private static void Measure<T>(string name, Func<T> work, Dictionary<string, (double Wall, double Cpu)> totals, int run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        if (run > 0)
        {
            var (w, c) = totals.GetValueOrDefault(name);
            totals[name] = (w + wall, c + (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
    }
}
