using System.Diagnostics;
using System.Globalization;
using System.Text;
using StatusGen.Benchmarks.Synthetic;

namespace StatusGen.Benchmarks;

/// <summary>
/// Issue 14's rows that compare whole processes, side by side in one run so that the shared machine's load hits both
/// sides alike: `statusgen build` of 10,000 incidents against `cp -r` of the same output (both on tmpfs), 100
/// incidents against cState on Hugo with the same incidents, and 1,000 / 10,000 / 100,000 incidents for time and peak
/// memory (optionally under a memory limit, as a container would set).
/// </summary>
internal static class ScaleRows
{
    public sealed record Options
    {
        public required string Work { get; init; }
        public required DateTimeOffset Now { get; init; }

        /// <summary>The statusgen.dll measured: the packed tool as it ships (<see cref="Startup.PackedTool"/>).</summary>
        public required string Cli { get; init; }

        /// <summary>Runs per side of a ratio, interleaved; the medians are compared.</summary>
        public int Repeat { get; init; } = 5;

        /// <summary>Where sites are written (tmpfs, so that the file system is not what is measured).</summary>
        public string OutputRoot { get; init; } = "/dev/shm/statusgen-scale";

        /// <summary>A cState checkout (its repository root, which is the theme); the Hugo row is left out without it or without hugo.</summary>
        public string? Cstate { get; init; }

        /// <summary>The sizes of the growth row; the largest is also run under <see cref="MemoryLimit"/>.</summary>
        public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 100_000];

        /// <summary>Another build's statusgen.dll (e.g. main's, for "before" figures), run beside this one's in every row but the Hugo one.</summary>
        public string? Baseline { get; init; }

        /// <summary>Bytes, e.g. 2 GiB; the largest size is built once more in a cgroup with this limit (needs root and cgroup v1 or v2).</summary>
        public long? MemoryLimit { get; init; }
    }

    public static string Run(Options options)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Load average before the run {ChildProcess.LoadAverage()}, {Environment.ProcessorCount} cores; sites written to {options.OutputRoot}.")
            .AppendLine();
        try
        {
            text.Append(CopyRow(options)).AppendLine();
            text.Append(CstateRow(options)).AppendLine();
            text.Append(GrowthRow(options));
        }
        finally
        {
            if (Directory.Exists(options.OutputRoot))
            {
                Directory.Delete(options.OutputRoot, recursive: true);
            }
        }

        return text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Load average after the run {ChildProcess.LoadAverage()}.").ToString();
    }

    private static string CopyRow(Options options)
    {
        var content = ScalingRun.EnsureContent(10_000, options.Work, options.Now);
        var builds = new List<ChildRun>();
        var copies = new List<ChildRun>();
        var baseline = new List<ChildRun>();
        for (var i = 0; i < options.Repeat; i++)
        {
            var output = Folder(options, "copy-source");
            builds.Add(Statusgen(content, output, options.Now, options.Cli));
            copies.Add(ChildProcess.Run("cp", ["-r", output, Folder(options, "copy")]));
            if (options.Baseline is { } cli)
            {
                baseline.Add(Statusgen(content, Folder(options, "baseline"), options.Now, cli));
            }

            Console.Error.WriteLine($"10,000 vs cp -r: run {i + 1} of {options.Repeat}");
        }

        const string title = "10,000 incidents, `statusgen build` (whole process) vs `cp -r` of the same output, tmpfs";
        return Ratio(title, "statusgen build", builds, "cp -r", copies, "at most 4x") +
            (baseline.Count == 0 ? "" : Environment.NewLine + Ratio(title + ", baseline", "baseline statusgen build", baseline, "cp -r", copies, "at most 4x"));
    }

    private static string CstateRow(Options options)
    {
        if (options.Cstate is null || !Directory.Exists(options.Cstate) || !ChildProcess.OnPath("hugo"))
        {
            return "100 incidents vs cState: left out (pass --cstate with a cState checkout, and install hugo).\n";
        }

        var content = ScalingRun.EnsureContent(100, options.Work, options.Now);
        var cstateSite = Path.Combine(options.Work, "cstate-100");
        CstateSiteWriter.Write(SyntheticSite.Generate(new SyntheticSiteOptions { Incidents = 100, Now = options.Now, ContentRoot = content }), cstateSite);
        var themes = Path.GetDirectoryName(Path.GetFullPath(options.Cstate).TrimEnd('/'))!;
        var theme = Path.GetFileName(Path.GetFullPath(options.Cstate).TrimEnd('/'));
        var builds = new List<ChildRun>();
        var hugo = new List<ChildRun>();
        for (var i = 0; i < options.Repeat; i++)
        {
            builds.Add(Statusgen(content, Folder(options, "sg-100"), options.Now, options.Cli));
            hugo.Add(ChildProcess.Run("hugo", ["--quiet", "--source", cstateSite, "--themesDir", themes, "--theme", theme, "--destination", Folder(options, "cstate-100")]));
            Console.Error.WriteLine($"100 vs cState: run {i + 1} of {options.Repeat}");
        }

        return Ratio($"100 incidents, `statusgen build` vs cState on Hugo ({ChildProcess.Run("hugo", ["version"]).Output.Split(' ')[1]}), the same incidents", "statusgen build", builds, "hugo (cState)", hugo, "faster than cState");
    }

    private static string GrowthRow(Options options)
    {
        var text = new StringBuilder()
            .AppendLine("`statusgen build`, one fresh process per size (wall / CPU of the process; peak = the kernel's VmHWM, read every 20 ms):")
            .AppendLine()
            .AppendLine("| build | incidents | wall | CPU | CPU per incident | peak working set |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var size in options.Sizes)
        {
            var content = ScalingRun.EnsureContent(size, options.Work, options.Now);
            foreach (var (name, cli) in Builds(options))
            {
                var run = Statusgen(content, Folder(options, $"grow-{size}"), options.Now, cli);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {name} | {size:N0} | {run.WallMs / 1000:F2} s | {run.CpuMs / 1000:F2} s | {run.CpuMs / size:F2} ms | {run.PeakBytes / 1048576.0:F0} MiB |");
                Directory.Delete(options.OutputRoot, recursive: true); // 100,000 incidents are about 1 GB of tmpfs
            }

            Console.Error.WriteLine($"growth: {size} incidents measured");
        }

        if (options.MemoryLimit is { } limit)
        {
            var size = options.Sizes.Max();
            var content = ScalingRun.EnsureContent(size, options.Work, options.Now);

            // Written to the work folder's disk, not tmpfs: tmpfs pages count against the limit and cannot be reclaimed.
            foreach (var (name, cli) in Builds(options))
            {
                var output = Path.Combine(options.Work, "limited", "public");
                var limited = MemoryLimitedRun.Run(limit, StatusgenArguments(content, output, options.Now, cli));
                text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                    $"{name}, {size:N0} incidents under a {limit / 1073741824.0:F1} GiB memory limit ({limited.How}): exit {limited.Run.ExitCode}, {limited.Run.WallMs / 1000:F2} s wall, " +
                    $"{limited.Run.CpuMs / 1000:F2} s CPU, peak working set {limited.Run.PeakBytes / 1048576.0:F0} MiB, the group's peak (page cache included) {limited.GroupPeakBytes / 1048576.0:F0} MiB.");
                Console.Error.WriteLine($"memory limit: {name} exited with {limited.Run.ExitCode}");
                Directory.Delete(Path.Combine(options.Work, "limited"), recursive: true);
            }
        }

        return text.ToString();
    }

    private static string Ratio(string title, string aName, List<ChildRun> a, string bName, List<ChildRun> b, string goal)
    {
        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        static string List(IEnumerable<ChildRun> runs) => string.Join(", ", runs.Select(r => (r.WallMs / 1000).ToString("F2", CultureInfo.InvariantCulture)));
        var (aWall, bWall) = (Median(a.Select(r => r.WallMs)), Median(b.Select(r => r.WallMs)));
        var (aCpu, bCpu) = (Median(a.Select(r => r.CpuMs)), Median(b.Select(r => r.CpuMs)));
        return FormattableString.Invariant($"""
            **{title}** ({a.Count} runs each, interleaved; medians):

            | | wall | CPU |
            |---|---:|---:|
            | {aName} | {aWall / 1000:F2} s | {aCpu / 1000:F2} s |
            | {bName} | {bWall / 1000:F2} s | {bCpu / 1000:F2} s |
            | ratio | **{aWall / bWall:F1}x** | {aCpu / Math.Max(bCpu, 1):F1}x |

            Goal: {goal}. Every run (wall, s): {aName} {List(a)}; {bName} {List(b)}.

            """);
    }

    /// <summary>This build's CLI, and the baseline's when one is given.</summary>
    private static IEnumerable<(string Name, string Cli)> Builds(Options options) =>
        options.Baseline is { } baseline ? [("this", options.Cli), ("baseline", baseline)] : [("this", options.Cli)];

    private static ChildRun Statusgen(string content, string output, DateTimeOffset now, string cli)
    {
        var arguments = StatusgenArguments(content, output, now, cli);
        return ChildProcess.Run(arguments[0], arguments[1..]);
    }

    // A clean build, as the issue measures it: `--no-cache` for a tool that keeps a content cache (a baseline from before
    // the cache has none, and would refuse the option).
    private static string[] StatusgenArguments(string content, string output, DateTimeOffset now, string cli) =>
        ["dotnet", cli, "build", "--content", content, "--output", output, "--now", now.ToString("O", CultureInfo.InvariantCulture), .. KnowsNoCache(cli) ? ["--no-cache"] : Array.Empty<string>()];

    private static readonly Dictionary<string, bool> NoCacheOption = new(StringComparer.Ordinal);

    private static bool KnowsNoCache(string cli)
    {
        lock (NoCacheOption)
        {
            if (!NoCacheOption.TryGetValue(cli, out var knows))
            {
                knows = ChildProcess.Run("dotnet", [cli, "build", "--help"], allowFailure: true).Output.Contains("--no-cache", StringComparison.Ordinal);
                NoCacheOption[cli] = knows;
            }

            return knows;
        }
    }

    private static string Folder(Options options, string name) => ChildProcess.NewFolderName(options.OutputRoot, name);
}
