using System.Diagnostics;
using System.Globalization;
using System.Text;
using StatusGen.Benchmarks.Synthetic;

namespace StatusGen.Benchmarks;

/// <summary>
/// Generates one content folder per size (cached), measures each size in a fresh process, times the real CLI end to end,
/// and prints a Markdown table with the growth ratio between sizes.
/// </summary>
internal static class ScalingRun
{
    /// <param name="repeat">Fresh processes per size; the run with the median cold build is reported, and the median
    /// of as many `statusgen build` runs. One run on a shared 2-core machine can be a second off either way.</param>
    /// <param name="outputRoot">Where the output folders go (default: runs/ under the work folder, on the repository's disk).</param>
    public static string Run(IReadOnlyList<int> sizes, string workDirectory, DateTimeOffset now, int repeat = 3, string? outputRoot = null)
    {
        outputRoot ??= Path.Combine(workDirectory, RunFolders);
        var loadBefore = ChildProcess.LoadAverage();
        var rows = new List<(int Size, ProcessMeasurement Measurement, double CliMs)>();
        var spread = new StringBuilder();
        foreach (var size in sizes)
        {
            var content = EnsureContent(size, workDirectory, now);
            var runs = new List<ProcessMeasurement>();
            var cliRuns = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                // Every run writes a new output folder, as a build on a fresh clone in CI does. Reusing one folder
                // across runs minutes apart measures the disk cache instead: see "The disk" in docs/performance.md.
                var output = NewOutputFolder(outputRoot, $"public-{size}");
                runs.Add(FullBuild.FromJson(RunSelf(["build-once", "--content", content, "--output", output, "--now", now.ToString("O", CultureInfo.InvariantCulture)])));
                cliRuns.Add(TimeCli(content, NewOutputFolder(outputRoot, $"public-{size}-cli"), now));
            }

            var median = runs.OrderBy(r => r.Cold.TotalMs).ElementAt(runs.Count / 2);
            rows.Add((size, median, cliRuns.Order().ElementAt(cliRuns.Count / 2)));
            spread.AppendLine(CultureInfo.InvariantCulture,
                $"- {size:N0} incidents, {repeat} runs each: cold build {string.Join(", ", runs.Select(r => r.Cold.TotalMs.ToString("F0", CultureInfo.InvariantCulture)))} ms; " +
                $"`statusgen build` {string.Join(", ", cliRuns.Select(ms => ms.ToString("F0", CultureInfo.InvariantCulture)))} ms.");
            Console.Error.WriteLine($"{size} incidents: measured");
        }

        var table = $"Output written to {outputRoot} ({FileSystem(outputRoot)})." + Environment.NewLine + Environment.NewLine +
            Table(rows, loadBefore, ChildProcess.LoadAverage()) + Environment.NewLine + "Every run (the table shows the median):" + Environment.NewLine + spread;
        RemoveOutputFolders(outputRoot);
        return table;
    }

    private const string RunFolders = "runs";

    /// <summary>A folder name no earlier run used.</summary>
    private static string NewOutputFolder(string outputRoot, string name) =>
        Path.Combine(outputRoot, $"{name}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}"[..(name.Length + 16)]);

    /// <summary>
    /// Deleted after the measurements, not before: on a journal-less ext4 (this project's machine) creating files
    /// after many were deleted is several times slower for minutes (docs/performance.md, "The disk").
    /// </summary>
    private static void RemoveOutputFolders(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The content folder for a size, generated once; the generator is deterministic, so a cached folder is the same site.</summary>
    public static string EnsureContent(int size, string workDirectory, DateTimeOffset now, int components = 50)
    {
        var folder = Path.Combine(workDirectory, components == 50 ? $"content-{size}" : $"content-{size}-c{components}");
        var marker = Path.Combine(folder, ".generated");
        var stamp = components == 50 ? $"incidents={size} now={now:O} generator=1" : $"incidents={size} components={components} now={now:O} generator=1";
        if (File.Exists(marker) && File.ReadAllText(marker) == stamp)
        {
            return folder;
        }

        var clock = Stopwatch.StartNew();
        var site = SyntheticSite.Generate(new SyntheticSiteOptions { Incidents = size, Components = components, Now = now, ContentRoot = folder });
        ContentFolderWriter.Write(site, folder);
        File.WriteAllText(marker, stamp);
        Console.Error.WriteLine(FormattableString.Invariant($"generated {size} incidents and {site.Maintenances.Count} maintenance windows in {clock.Elapsed.TotalSeconds:F1} s: {folder}"));
        return folder;
    }

    private static string Table(List<(int Size, ProcessMeasurement M, double CliMs)> rows, string loadBefore, string loadAfter)
    {
        static string Ms(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);
        static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) before the run {loadBefore}, after it {loadAfter}, on {Environment.ProcessorCount} cores: wall times grow with other load, CPU times much less.")
            .AppendLine()
            .AppendLine("Stages of the first (cold) build in a fresh process, as wall / CPU time; CPU counts every thread of the process (GC included). The median of several fresh processes; every run is listed below the table.")
            .AppendLine()
            .AppendLine("| incidents | load + validate | (validate alone) | compute | render + publish | build (cold) | build (warm) | `statusgen build` wall | peak working set | allocated | files | output |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (size, m, cliMs) in rows)
        {
            var c = m.Cold;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {size:N0} | {Ms(c.LoadMs)} / {Ms(c.LoadCpuMs)} ms | {Ms(c.ValidateMs)} / {Ms(c.ValidateCpuMs)} ms | {Ms(c.ComputeMs)} / {Ms(c.ComputeCpuMs)} ms | {Ms(c.RenderMs)} / {Ms(c.RenderCpuMs)} ms | {Ms(c.TotalMs)} / {Ms(c.CpuMs)} ms | {Ms(m.Warm.TotalMs)} / {Ms(m.Warm.CpuMs)} ms | {Ms(cliMs)} ms | {MiB(m.PeakWorkingSetBytes)} MiB | {MiB(m.AllocatedBytes)} MiB | {c.Files:N0} | {MiB(c.OutputBytes)} MiB |");
        }

        for (var i = 1; i < rows.Count; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            var factor = (double)b.Size / a.Size;
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Growth {a.Size:N0} -> {b.Size:N0} incidents (x{factor:F0}): cold build x{b.M.Cold.TotalMs / a.M.Cold.TotalMs:F2}, CPU x{b.M.Cold.CpuMs / a.M.Cold.CpuMs:F2}, warm build x{b.M.Warm.TotalMs / a.M.Warm.TotalMs:F2}, " +
                $"`statusgen build` x{b.CliMs / a.CliMs:F2}, peak memory x{(double)b.M.PeakWorkingSetBytes / a.M.PeakWorkingSetBytes:F2} " +
                $"(linear would be x{factor:F0}; below that, fixed costs such as start-up and JIT dominate the small size).");
        }

        return text.ToString();
    }

    /// <summary>The file system type and device of the folder, from /proc/mounts (longest matching mount point).</summary>
    private static string FileSystem(string folder)
    {
        if (!File.Exists("/proc/mounts"))
        {
            return "file system unknown";
        }

        var full = Path.GetFullPath(folder);
        var mount = File.ReadAllLines("/proc/mounts")
            .Select(line => line.Split(' '))
            .Where(f => f.Length > 2 && (full == f[1] || full.StartsWith(f[1].TrimEnd('/') + "/", StringComparison.Ordinal)))
            .MaxBy(f => f[1].Length);
        return mount is null ? "file system unknown" : $"{mount[2]} on {mount[1]}, device {mount[0]}";
    }

    /// <summary>The real command line, as a user runs it: `dotnet statusgen.dll build ...`, start-up included.</summary>
    private static double TimeCli(string content, string output, DateTimeOffset now)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "statusgen.dll");
        var clock = Stopwatch.StartNew();
        Exec("dotnet", [cli, "build", "--content", content, "--output", output, "--now", now.ToString("O", CultureInfo.InvariantCulture)]);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string RunSelf(IEnumerable<string> arguments)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var prefix = Path.GetFileNameWithoutExtension(self) == "dotnet" ? new[] { typeof(ScalingRun).Assembly.Location } : [];
        return Exec(self, prefix.Concat(arguments));
    }

    private static string Exec(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Trim();
    }
}
