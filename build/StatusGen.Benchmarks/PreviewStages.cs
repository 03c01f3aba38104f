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
/// load reading only the edited file (what the watcher names; <see cref="ContentFileMemo.AssumeUnchangedExcept"/>),
/// validation, the lint, status and uptime, the theme's list of pages and the edited page rendered on request; then,
/// for comparison, the loads as they were and each output generator whole (what `serve` does in the background).
/// Wall and CPU time; CPU is the steadier figure on a busy machine.
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
            Measure("for comparison: load reading every file, reusing unchanged ones (before)", () => ContentLoader.Load(copy, copy, SiteBuilder.DefaultLanguages, memo), totals, edit);
            File.AppendAllText(edited, FormattableString.Invariant($"\nEdited {edit} again.\n"));
            memo.AssumeUnchangedExcept(new HashSet<string>([Path.GetFullPath(edited)], StringComparer.Ordinal));
            var loaded = Measure("load, reading only the file the watcher named", () => ContentLoader.Load(copy, copy, SiteBuilder.DefaultLanguages, memo), totals, edit);
            var content = loaded.Content ?? throw new InvalidOperationException("the content has errors");
            Measure("validate", () => SiteValidator.Validate(content, now), totals, edit);
            Measure("lint", () => CommunicationLint.Check(content, now), totals, edit);
            var snapshot = Measure("compute (status, uptime)", () => SiteBuilder.Compute(content, now), totals, edit);
            var page = $"incidents/{Path.GetFileNameWithoutExtension(edited)}/index.html";
            var theme = generators.OfType<IPlannedOutput>().Single();
            var plan = Measure("the theme's list of pages (`serve` serves the model from here)", () => theme.Plan(snapshot), totals, edit);
            Measure("the edited incident's page, on request", () => plan.Single(p => p.Path == page).Render(), totals, edit);
            foreach (var generator in generators)
            {
                Measure($"for comparison: generator `{generator.Name}` (`serve`: in the background)", () => generator.Generate(snapshot).Count(), totals, edit);
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
        return text.AppendLine(CultureInfo.InvariantCulture, $"| until the edited page is served (all but the comparisons) | {rebuild.Sum(t => t.Wall) / edits:F0} | {rebuild.Sum(t => t.Cpu) / edits:F0} |").ToString();
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
