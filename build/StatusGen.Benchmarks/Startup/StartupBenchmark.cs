using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StatusGen.Benchmarks.Startup;

/// <summary>
/// `startup` (docs/performance.md, "Start-up"): the small runs people feel, with the packed tool as users install it.
/// `statusgen --version`, `check` and `build` of the demo (content/) with the ReadyToRun package and with the same
/// package packed as plain IL, side by side in interleaved rounds, and Hugo building cState's exampleSite where both
/// are at hand. Goals (issue 14): demo build at most 2x Hugo, demo check at most 0.15 s.
/// </summary>
internal static class StartupBenchmark
{
    private const string Now = "2026-11-22T10:30:00Z";

    /// <param name="cstate">A cState checkout (or its bare git folder), or null to leave Hugo out.</param>
    /// <param name="unpacked">An unpacked ReadyToRun tool to use instead of packing one (see <see cref="PackedTool"/>).</param>
    public static string Run(string repository, string work, int rounds, string? cstate, string? unpacked = null)
    {
        var root = Path.Combine(work, "startup");
        var tools = new (string Name, string Folder)[]
        {
            ("IL only (JIT)", Path.GetDirectoryName(PackedTool.Cli(repository, work, readyToRun: false))!),
            ("ReadyToRun", Path.GetDirectoryName(PackedTool.Cli(repository, work, readyToRun: true, existing: unpacked))!),
        };
        var content = Path.Combine(repository, "content");
        var commands = new (string Name, string[] Arguments)[]
        {
            ("`statusgen --version`", ["--version"]),
            ("`statusgen check` (demo)", ["check", "--content", content, "--now", Now, "--no-cache"]),
            ("`statusgen build` (demo)", ["build", "--content", content, "--output", Path.Combine(root, "out"), "--now", Now, "--no-cache"]),
        };
        var hugo = HugoSite(root, cstate, out var hugoNote);

        var runs = new Dictionary<string, List<TimedRun>>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (command, arguments) in commands)
            {
                foreach (var (tool, folder) in tools)
                {
                    Add(runs, $"{command}|{tool}", TimedProcess.Run("dotnet", [Path.Combine(folder, "statusgen.dll"), .. arguments], root));
                }
            }

            if (hugo is not null)
            {
                Add(runs, "hugo", TimedProcess.Run("hugo", hugo, root));
            }
        }

        var table = new StringBuilder($"""
            ### Start-up ({rounds} interleaved rounds; wall median (min) / CPU median; JIT-compiled methods from one more run)

            | run | {tools[0].Name} | {tools[1].Name} | ReadyToRun speed-up (wall) |
            |---|---:|---:|---:|

            """);
        var readyToRunBuild = (Wall: 0.0, Cpu: 0.0);
        var readyToRunCheck = 0.0;
        foreach (var (command, arguments) in commands)
        {
            var cells = tools.Select(t => (Runs: runs[$"{command}|{t.Name}"], Jit: TimedProcess.Run("dotnet", [Path.Combine(t.Folder, "statusgen.dll"), .. arguments], root, countJit: true).JitMethods)).ToList();
            table.AppendLine(CultureInfo.InvariantCulture, $"| {command} | {Cell(cells[0].Runs)}, {cells[0].Jit:N0} JIT | {Cell(cells[1].Runs)}, {cells[1].Jit:N0} JIT | {Median(cells[0].Runs, r => r.Wall) / Median(cells[1].Runs, r => r.Wall):F1}x |");
            readyToRunBuild = command.Contains("build", StringComparison.Ordinal) ? (Median(cells[1].Runs, r => r.Wall), Median(cells[1].Runs, r => r.Cpu)) : readyToRunBuild;
            readyToRunCheck = command.Contains("check", StringComparison.Ordinal) ? Median(cells[1].Runs, r => r.Wall) : readyToRunCheck;
        }

        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"Demo check (ReadyToRun): {readyToRunCheck:F2} s against the goal of 0.15 s ({readyToRunCheck / 0.15:F1}x the goal).");
        if (hugo is not null)
        {
            var hugoWall = Median(runs["hugo"], r => r.Wall);
            var hugoCpu = Median(runs["hugo"], r => r.Cpu);
            table.AppendLine(CultureInfo.InvariantCulture, $"Hugo on cState's exampleSite: {Cell(runs["hugo"])}; the demo build (ReadyToRun) takes {readyToRunBuild.Wall / hugoWall:F1}x Hugo's wall time and {readyToRunBuild.Cpu / hugoCpu:F1}x its CPU time (goal: at most 2x).");
        }
        else
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"Hugo row skipped: {hugoNote}.");
        }

        table.Append(CultureInfo.InvariantCulture, $"Output of both tools identical: {SameTree(tools, content, root)}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end.");
        return table.ToString();
    }

    /// <summary>Hugo's arguments for cState's exampleSite, or null (with the reason) when Hugo or cState is missing.</summary>
    internal static string[]? HugoSite(string root, string? cstate, out string note)
    {
        note = "";
        if (cstate is null || !Directory.Exists(cstate))
        {
            note = "no cState checkout given (--cstate DIR)";
            return null;
        }

        if (!File.Exists("/usr/bin/hugo") && !File.Exists("/usr/local/bin/hugo"))
        {
            note = "hugo is not installed (apt-get install hugo)";
            return null;
        }

        // cState is a Hugo theme: its exampleSite builds with the checkout as the theme "cstate". A bare git folder is
        // exported first, read-only use of its newest commit.
        var theme = Path.Combine(root, "themes", "cstate");
        if (Directory.Exists(Path.Combine(cstate, "exampleSite")))
        {
            theme = Path.GetFullPath(cstate);
        }
        else
        {
            RecreateFolder(theme);
            var export = Process.Start(new ProcessStartInfo("sh", ["-c", $"git --git-dir '{cstate}' archive HEAD | tar -x -C '{theme}'"]))!;
            export.WaitForExit();
        }

        return ["--source", Path.Combine(theme, "exampleSite"), "--themesDir", Path.GetDirectoryName(theme)!, "--theme", Path.GetFileName(theme), "-d", Path.Combine(root, "hugo-out"), "--quiet"];
    }

    private static string SameTree((string Name, string Folder)[] tools, string content, string root)
    {
        var trees = tools.Select(t =>
        {
            var output = Path.Combine(root, "compare-" + Path.GetFileName(t.Folder));
            TimedProcess.Run("dotnet", [Path.Combine(t.Folder, "statusgen.dll"), "build", "--content", content, "--output", output, "--now", Now], root);
            return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(output, f) + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
                .ToList();
        }).ToList();
        return trees[0].SequenceEqual(trees[1]) ? $"yes ({trees[0].Count} files)" : "NO";
    }

    private static void Add(Dictionary<string, List<TimedRun>> runs, string key, TimedRun run)
    {
        if (!runs.TryGetValue(key, out var list))
        {
            runs[key] = list = [];
        }

        list.Add(run);
    }

    private static string Cell(List<TimedRun> runs) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(runs, r => r.Wall):F2} s ({runs.Min(r => r.Wall):F2}) / {Median(runs, r => r.Cpu):F2} s");

    private static double Median(List<TimedRun> runs, Func<TimedRun, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void RecreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }
}
