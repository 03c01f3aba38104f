using System.Diagnostics;
using System.Globalization;
using System.Text;
using StatusGen.Building;
using StatusGen.Lint;
using StatusGen.Loading;
using StatusGen.Validation;

namespace StatusGen.Benchmarks;

/// <summary>
/// Where one preview rebuild's time goes after an edit of one incident, in this process with everything warm: the
/// load with what unchanged files produced last time (<see cref="ContentFileMemo"/>), validation, the lint, status
/// and uptime, and each output generator. Wall and CPU time; CPU is the steadier figure on a busy machine.
/// </summary>
internal static class PreviewStages
{
    public static string Run(string contentDirectory, DateTimeOffset now, int edits)
    {
        var copy = contentDirectory + "-stages";
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(contentDirectory, "*.md", SearchOption.AllDirectories).Append(Path.Combine(contentDirectory, "site.yml")))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(contentDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var memo = new ContentFileMemo();
        var generators = FullBuild.Generators();
        var edited = Directory.GetFiles(Path.Combine(copy, "incidents"), "*.md").Order(StringComparer.Ordinal).Last();
        var totals = new Dictionary<string, (double Wall, double Cpu)>(StringComparer.Ordinal);
        for (var edit = 0; edit <= edits; edit++)
        {
            File.AppendAllText(edited, FormattableString.Invariant($"\nEdited {edit}.\n"));
            Measure("for comparison: load parsing every file (before)", () => ContentLoader.Load(copy, copy, SiteBuilder.DefaultLanguages), totals, edit);
            var loaded = Measure("load (reusing unchanged files)", () => ContentLoader.Load(copy, copy, SiteBuilder.DefaultLanguages, memo), totals, edit);
            var content = loaded.Content ?? throw new InvalidOperationException("the content has errors");
            Measure("validate", () => SiteValidator.Validate(content, now), totals, edit);
            Measure("lint", () => CommunicationLint.Check(content, now), totals, edit);
            var snapshot = Measure("compute (status, uptime)", () => SiteBuilder.Compute(content, now), totals, edit);
            foreach (var generator in generators)
            {
                Measure($"generator `{generator.Name}`", () => generator.Generate(snapshot).Count(), totals, edit);
            }
        }

        Directory.Delete(copy, recursive: true);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"One preview rebuild after an edit, {Directory.GetFiles(Path.Combine(contentDirectory, "incidents")).Length:N0} incidents, warm, mean of {edits} edits (parts run one after another here; `serve` runs the generators side by side).")
            .AppendLine()
            .AppendLine("| part | wall ms | CPU ms |")
            .AppendLine("|---|---:|---:|");
        foreach (var (name, (wall, cpu)) in totals)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {wall / edits:F0} | {cpu / edits:F0} |");
        }

        var rebuild = totals.Where(t => !t.Key.StartsWith("for comparison", StringComparison.Ordinal)).Select(t => t.Value).ToList();
        return text.AppendLine(CultureInfo.InvariantCulture, $"| the rebuild (all but the comparison) | {rebuild.Sum(t => t.Wall) / edits:F0} | {rebuild.Sum(t => t.Cpu) / edits:F0} |").ToString();
    }

    /// <summary>Runs <paramref name="work"/>, adding its times to <paramref name="totals"/> except on the warm-up edit 0.</summary>
    private static T Measure<T>(string name, Func<T> work, Dictionary<string, (double Wall, double Cpu)> totals, int edit)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        if (edit > 0)
        {
            var (w, c) = totals.GetValueOrDefault(name);
            totals[name] = (w + wall, c + (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        return result;
    }
}
