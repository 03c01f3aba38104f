using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StatusGen.Benchmarks.Startup;
using StatusGen.Benchmarks.Synthetic;

namespace StatusGen.Benchmarks;

/// <summary>
/// `issue14`: every row of issue 14's table in one run, with the packed tool as it ships, each against its peer or
/// floor in the same interleaved rounds, printed as one markdown table of ratios with the goal and whether it is met.
/// Each verdict uses the figure its goal names: CPU time where the peer is a short run on this shared machine (Hugo,
/// the check), wall time where the issue compares waiting (cState, `cp -r`, preview).
/// </summary>
internal static partial class Issue14Rows
{
    private const string Demo = "2026-11-22T10:30:00Z";

    public sealed record Options
    {
        public required string Repository { get; init; }
        public required string Work { get; init; }
        public required DateTimeOffset Now { get; init; }

        /// <summary>The statusgen.dll measured (<see cref="PackedTool"/>).</summary>
        public required string Cli { get; init; }

        /// <summary>A cState checkout (its root, the Hugo theme) or its git folder; the Hugo rows are left out without it.</summary>
        public string? Cstate { get; init; }

        /// <summary>Rounds for the small rows (demo, 100 incidents); the 10,000-incident rows run <see cref="LargeRounds"/>.</summary>
        public int Rounds { get; init; } = 7;

        public int LargeRounds { get; init; } = 3;

        public int Edits { get; init; } = 5;

        public string OutputRoot { get; init; } = "/dev/shm/statusgen-issue14";

        public bool With100K { get; init; }
    }

    private sealed record Row(string Name, string Ours, string Peer, string Ratio, string Goal, bool? Met);

    public static string Run(Options options)
    {
        var load = ChildProcess.LoadAverage();
        var rows = new List<Row>();
        try
        {
            rows.AddRange(DemoRows(options));
            rows.Add(HundredRow(options));
            var (copyRows, tenThousandCpuMs) = TenThousandRows(options);
            rows.AddRange(copyRows);
            rows.Add(PreviewRow(options));
            if (options.With100K)
            {
                rows.Add(HundredThousandRow(options, tenThousandCpuMs));
            }

            rows.AddRange([WeightRow(options, 50), WeightRow(options, 100)]);
        }
        finally
        {
            if (Directory.Exists(options.OutputRoot))
            {
                Directory.Delete(options.OutputRoot, recursive: true);
            }
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"### Issue 14, every row ({options.Cli}; {options.Rounds} rounds small, {options.LargeRounds} at 10,000; medians, wall / CPU)")
            .AppendLine()
            .AppendLine("| row | StatusGen | peer / floor | ratio | goal | verdict |")
            .AppendLine("|---|---:|---:|---:|---|---|");
        foreach (var row in rows)
        {
            var verdict = row.Met switch { true => "met", false => "**not met**", null => "not measured" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Name} | {row.Ours} | {row.Peer} | {row.Ratio} | {row.Goal} | {verdict} |");
        }

        return text.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Load average before {load}, after {ChildProcess.LoadAverage()}; {Environment.ProcessorCount} cores; sites written to {options.OutputRoot}.")
            .ToString();
    }

    /// <summary>
    /// `build` of the demo against Hugo on cState's exampleSite, and `check` of the demo, interleaved: without the content
    /// cache (`--no-cache`, a fresh clone, as the issue measured), and with it warm (a second run on an unchanged site).
    /// </summary>
    private static IEnumerable<Row> DemoRows(Options options)
    {
        var content = Path.Combine(options.Repository, "content");
        var root = Path.Combine(options.Work, "issue14");
        Directory.CreateDirectory(root);
        var cache = Path.Combine(root, "demo-cache");
        var hugo = StartupBenchmark.HugoSite(root, options.Cstate, out var note);
        string[] Build(params string[] cacheArgs) => ["build", "--content", content, "--output", Folder(options, "demo"), "--now", Demo, .. cacheArgs];
        string[] Check(params string[] cacheArgs) => ["check", "--content", content, "--now", Demo, .. cacheArgs];
        Statusgen(options, Build("--cache-dir", cache));
        var (builds, checks, warmBuilds, warmChecks, hugos) = (new List<ChildRun>(), new List<ChildRun>(), new List<ChildRun>(), new List<ChildRun>(), new List<ChildRun>());
        for (var round = 0; round < options.Rounds; round++)
        {
            builds.Add(Statusgen(options, Build("--no-cache")));
            checks.Add(Statusgen(options, Check("--no-cache")));
            warmBuilds.Add(Statusgen(options, Build("--cache-dir", cache)));
            warmChecks.Add(Statusgen(options, Check("--cache-dir", cache)));
            if (hugo is not null)
            {
                hugos.Add(ChildProcess.Run("hugo", hugo));
            }
        }

        Console.Error.WriteLine("issue14: demo measured");
        foreach (var (label, build) in new[] { ("", Median(builds)), (", content cache warm", Median(warmBuilds)) })
        {
            var name = $"`build` of the demo vs Hugo on cState's exampleSite{label}";
            yield return hugo is null
                ? new Row(name, Cell(build), note, "", "at most 2x Hugo (CPU)", null)
                : Compare(name, build, Median(hugos), "at most 2x Hugo (CPU)", ratio => ratio.Cpu <= 2);
        }

        foreach (var (label, check) in new[] { ("", Median(checks)), (", content cache warm", Median(warmChecks)) })
        {
            yield return new Row($"`check` of the demo{label}", Cell(check), "", "", "at most 0.15 s (CPU)", check.Cpu <= 0.15);
        }
    }

    private static Row HundredRow(Options options)
    {
        const string name = "100 incidents vs cState on Hugo, the same incidents";
        if (options.Cstate is null || !Directory.Exists(Path.Combine(options.Cstate, "exampleSite")) || !ChildProcess.OnPath("hugo"))
        {
            return new Row(name, "", "needs --cstate (a checkout) and hugo", "", "faster than cState (wall)", null);
        }

        var content = ScalingRun.EnsureContent(100, options.Work, options.Now);
        var site = Path.Combine(options.Work, "cstate-100");
        CstateSiteWriter.Write(SyntheticSite.Generate(new SyntheticSiteOptions { Incidents = 100, Now = options.Now, ContentRoot = content }), site);
        var theme = Path.GetFullPath(options.Cstate).TrimEnd('/');
        var (ours, theirs) = (new List<ChildRun>(), new List<ChildRun>());
        for (var round = 0; round < options.Rounds; round++)
        {
            ours.Add(Statusgen(options, "build", "--content", content, "--output", Folder(options, "sg-100"), "--now", Now(options), "--no-cache"));
            theirs.Add(ChildProcess.Run("hugo", ["--quiet", "--source", site, "--themesDir", Path.GetDirectoryName(theme)!, "--theme", Path.GetFileName(theme), "--destination", Folder(options, "cstate-100")]));
        }

        Console.Error.WriteLine("issue14: 100 incidents measured");
        return Compare(name, Median(ours), Median(theirs), "faster than cState (wall)", ratio => ratio.Wall < 1);
    }

    /// <summary>
    /// The whole build of 10,000 incidents on tmpfs against `cp -r` of its output, on tmpfs too: without the content cache
    /// (a fresh clone, as the issue measured) and with it warm after one edit (the next build of a site that keeps
    /// `.statusgen/cache`), interleaved.
    /// </summary>
    private static (IReadOnlyList<Row> Rows, double CpuMs) TenThousandRows(Options options)
    {
        var content = ScalingRun.EnsureContent(10_000, options.Work, options.Now);
        var cache = Folder(options, "big-cache");
        var edited = Directory.GetFiles(Path.Combine(content, "incidents"), "*.md").Order(StringComparer.Ordinal).Last();
        var original = File.ReadAllBytes(edited);
        var (builds, warmBuilds, copies) = (new List<ChildRun>(), new List<ChildRun>(), new List<ChildRun>());
        try
        {
            for (var round = 0; round < options.LargeRounds; round++)
            {
                var output = Folder(options, "big");
                builds.Add(Statusgen(options, "build", "--content", content, "--output", output, "--now", Now(options), "--no-cache"));
                copies.Add(ChildProcess.Run("cp", ["-r", output, Folder(options, "copy")]));
                Directory.Delete(output, recursive: true);

                // The cache as the last build left it, then one edit: the edited file is parsed again, the rest reused.
                Statusgen(options, "build", "--content", content, "--output", output, "--now", Now(options), "--cache-dir", cache);
                Directory.Delete(output, recursive: true);
                File.AppendAllText(edited, FormattableString.Invariant($"\nEdited in round {round + 1}.\n"));
                warmBuilds.Add(Statusgen(options, "build", "--content", content, "--output", output, "--now", Now(options), "--cache-dir", cache));
                Directory.Delete(output, recursive: true);
                File.WriteAllBytes(edited, original);
                Console.Error.WriteLine($"issue14: 10,000 vs cp -r, round {round + 1} of {options.LargeRounds}");
            }
        }
        finally
        {
            File.WriteAllBytes(edited, original);
        }

        var ours = Median(builds);
        var copy = Median(copies);
        return ([
            Compare("10,000 incidents vs `cp -r` of the same output, tmpfs", ours, copy, "at most 4x `cp -r` (wall)", ratio => ratio.Wall <= 4),
            Compare("the same, content cache warm, one file edited", Median(warmBuilds), copy, "at most 4x `cp -r` (wall)", ratio => ratio.Wall <= 4),
        ], ours.Cpu * 1000);
    }

    /// <summary>PreviewLatency's own measurement (serve, one edit, poll the page) with the packed tool.</summary>
    private static Row PreviewRow(Options options)
    {
        var report = PreviewLatency.Run(["10000"], options.Work, options.Now, options.Edits, options.Cli);
        var median = PreviewMedian().Match(report);
        Console.Error.WriteLine("issue14: preview measured");
        return median.Success
            ? new Row($"preview: one edit at 10,000 incidents until the served page shows it ({options.Edits} edits)", $"{median.Groups[1].Value} ms", "", "", "at most 0.3 s (wall)", double.Parse(median.Groups[1].Value, CultureInfo.InvariantCulture) <= 300)
            : new Row("preview: one edit at 10,000 incidents", "unreadable", report.ReplaceLineEndings(" "), "", "at most 0.3 s (wall)", null);
    }

    private static Row HundredThousandRow(Options options, double tenThousandCpuMs)
    {
        var content = ScalingRun.EnsureContent(100_000, options.Work, options.Now);
        var run = ChildProcess.Run("dotnet", [options.Cli, "build", "--content", content, "--output", Folder(options, "huge"), "--now", Now(options), "--no-cache"]);
        var growth = run.CpuMs / tenThousandCpuMs;
        Console.Error.WriteLine("issue14: 100,000 incidents measured");
        return new Row("100,000 incidents: peak memory; CPU against 10,000", FormattableString.Invariant($"{run.PeakBytes / 1073741824.0:F2} GiB peak, {run.WallMs / 1000:F1} s / {run.CpuMs / 1000:F1} s"),
            "", FormattableString.Invariant($"CPU x{growth:F1} for x10 incidents"), "within 2 GiB; linear time", run.PeakBytes <= 2L << 30 && growth <= 11);
    }

    /// <summary>The home page with the stylesheets, icons, scripts and images it loads, 10,000 incidents (docs/theme.md, "Weight").</summary>
    private static Row WeightRow(Options options, int components)
    {
        var content = ScalingRun.EnsureContent(10_000, options.Work, options.Now, components);
        var output = Folder(options, "weight");
        Statusgen(options, "build", "--content", content, "--output", output, "--now", Now(options));
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        var loaded = Loaded().Matches(home).Select(m => m.Groups["url"].Value)
            .Where(url => !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal))
            .Select(url => Path.Combine(output, url.Split('?', '#')[0].TrimStart('.', '/')))
            .Distinct()
            .Sum(path => new FileInfo(path).Length);
        var weight = new FileInfo(Path.Combine(output, "index.html")).Length + loaded;
        Directory.Delete(output, recursive: true);
        return new Row($"home page with what it loads, 10,000 incidents, {components} components", FormattableString.Invariant($"{weight:N0} B"), "", "", "at most 60 KB", weight <= 60 * 1024);
    }

    private sealed record Measure(double Wall, double Cpu);

    private static Row Compare(string name, Measure ours, Measure peer, string goal, Func<Measure, bool> met)
    {
        var ratio = new Measure(ours.Wall / peer.Wall, ours.Cpu / Math.Max(peer.Cpu, 0.001));
        return new Row(name, Cell(ours), Cell(peer), FormattableString.Invariant($"{ratio.Wall:F1}x / {ratio.Cpu:F1}x"), goal, met(ratio));
    }

    private static Measure Median(List<ChildRun> runs) =>
        new(runs.Select(r => r.WallMs).Order().ElementAt(runs.Count / 2) / 1000, runs.Select(r => r.CpuMs).Order().ElementAt(runs.Count / 2) / 1000);

    private static string Cell(Measure measure) => FormattableString.Invariant($"{measure.Wall:F2} s / {measure.Cpu:F2} s");

    private static ChildRun Statusgen(Options options, params string[] arguments) =>
        ChildProcess.Run("dotnet", [options.Cli, .. arguments], allowFailure: false);

    private static string Now(Options options) => options.Now.ToString("O", CultureInfo.InvariantCulture);

    private static string Folder(Options options, string name) => ChildProcess.NewFolderName(options.OutputRoot, name);

    [GeneratedRegex(@"^\| 10,000 \| (\d+) ms \|", RegexOptions.Multiline)]
    private static partial Regex PreviewMedian();

    [GeneratedRegex(@"<(?:link\b[^>]*\brel=""?(?:stylesheet|icon)[^>]*\bhref|(?:script|img)\b[^>]*\bsrc)=""?(?<url>[^"" >]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Loaded();
}
