using System.Globalization;
using StatusGen.Benchmarks;
using StatusGen.Benchmarks.Synthetic;

// Usage (from the repository root; also `dotnet cake build/build.cake --target=Bench`):
//   dotnet run -c Release --project build/StatusGen.Benchmarks                 all: scaling 1,000 and 10,000 + uptime
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- scaling --sizes 1000,10000 [--repeat 3] [--output-root DIR]
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- uptime [--incidents 10000] [--runs 21] [--bdn]
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- generate --incidents 1000 [--components 50] --output DIR
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- breakdown [--incidents 10000]   each stage and generator alone
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- notify [--incidents 10000]     1,000 deliveries; nothing to send
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- preview [--sites demo,1000,10000] [--edits 10] [--cli statusgen.dll]   edit -> served page
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- editor-saves [--saves 20]       editors' saves as file events
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- preview-stages [--incidents 10000] [--edits 5]   one rebuild, part by part
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- content-cache [--incidents 10000 | --content DIR] [--runs 3]   the load with and without the cache on disk; one pack vs a file each
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- startup [--runs 7] [--cstate DIR]   --version/check/build of the demo, ReadyToRun vs IL; Hugo
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- theme [--incidents 10000] [--repeat 3]   default theme vs a site's own templates, cold and cached
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- scale [--cstate DIR] [--repeat 5] [--sizes 1000,10000,100000] [--memory-limit 2147483648] [--output-root /dev/shm/statusgen-scale] [--baseline OTHER/statusgen.dll]
//       issue 14's whole-process rows: 10,000 vs cp -r, 100 vs cState on Hugo (DIR: a cState checkout), growth and peak memory
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- issue14 --cstate DIR [--runs 7] [--repeat 3] [--edits 5] [--with-100k]
//       every row of issue 14's table in one run, as ratios against Hugo / cState / cp -r, with the goals
// scale, notify, startup and issue14 run the packed tool as it ships (dotnet pack, then the package this platform
// installs; a few minutes); --tool DIR reuses a tool unpacked before (build/bench-output/packed/tool-r2r).
// Generated content and output go to build/bench-output/ (git-ignored); results to build/bench-output/results.md.
var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
var now = DateTimeOffset.Parse(Option("--now") ?? "2026-11-22T10:30:00Z", CultureInfo.InvariantCulture);
var work = Path.GetFullPath(Option("--work") ?? Path.Combine(RepositoryRoot(), "build", "bench-output"));
var sizes = (Option("--sizes") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var incidents = int.Parse(Option("--incidents") ?? "10000", CultureInfo.InvariantCulture);
var repeat = int.Parse(Option("--repeat") ?? "3", CultureInfo.InvariantCulture);
var outputRoot = Option("--output-root");
string PackedCli() => StatusGen.Benchmarks.Startup.PackedTool.Cli(RepositoryRoot(), work, existing: Option("--tool"));

switch (command)
{
    case "build-once":
        // The child of `scaling`: one size per process, so the peak working set is that size's own.
        Console.WriteLine(FullBuild.ToJson(FullBuild.MeasureInFreshProcess(Required("--content"), Required("--output"), now)));
        return 0;
    case "generate":
        ContentFolderWriter.Write(SyntheticSite.Generate(new SyntheticSiteOptions { Incidents = incidents, Components = int.Parse(Option("--components") ?? "50", CultureInfo.InvariantCulture), Now = now, ContentRoot = Required("--output") }), Required("--output"));
        Console.WriteLine($"wrote {incidents} incidents to {Required("--output")}");
        return 0;
    case "uptime" when args.Contains("--bdn"):
        UptimeBenchmark.RunBenchmarkDotNet();
        return 0;
    case "uptime":
        Report(UptimeBenchmark.RunStopwatch(incidents, int.Parse(Option("--runs") ?? "21", CultureInfo.InvariantCulture)));
        return 0;
    case "breakdown":
        Report(GeneratorBreakdown.Run(ScalingRun.EnsureContent(incidents, work, now), now));
        return 0;
    case "notify":
        Report(NotifyBenchmark.Run(work, now, incidents, PackedCli()));
        return 0;
    case "preview":
        Report(PreviewLatency.Run((Option("--sites") ?? "demo,1000,10000").Split(','), work, now, int.Parse(Option("--edits") ?? "10", CultureInfo.InvariantCulture), Option("--cli")));
        return 0;
    case "preview-stages":
        Report(PreviewStages.Run(ScalingRun.EnsureContent(incidents, work, now), now, int.Parse(Option("--edits") ?? "5", CultureInfo.InvariantCulture)));
        return 0;
    case "content-cache":
        Report(ContentCacheStages.Run(Option("--content") ?? ScalingRun.EnsureContent(incidents, work, now), int.Parse(Option("--runs") ?? "3", CultureInfo.InvariantCulture)));
        return 0;
    case "editor-saves":
        Report(EditorSaves.Run(work, int.Parse(Option("--saves") ?? "20", CultureInfo.InvariantCulture)));
        return 0;
    case "startup":
        Report(StatusGen.Benchmarks.Startup.StartupBenchmark.Run(RepositoryRoot(), work, int.Parse(Option("--runs") ?? "7", CultureInfo.InvariantCulture), Option("--cstate"), Option("--tool")));
        return 0;
    case "issue14":
        Report(Issue14Rows.Run(new Issue14Rows.Options
        {
            Repository = RepositoryRoot(),
            Work = work,
            Now = now,
            Cli = PackedCli(),
            Cstate = Option("--cstate"),
            Rounds = int.Parse(Option("--runs") ?? "7", CultureInfo.InvariantCulture),
            LargeRounds = repeat,
            Edits = int.Parse(Option("--edits") ?? "5", CultureInfo.InvariantCulture),
            OutputRoot = outputRoot ?? "/dev/shm/statusgen-issue14",
            With100K = args.Contains("--with-100k"),
        }));
        return 0;
    case "theme-once":
        // The child of `theme`: the CLI's own entry point in this fresh process, printing its wall and CPU time.
        Console.WriteLine(ThemeBenchmark.RunOnce(args[1..]));
        return 0;
    case "theme":
        Report(ThemeBenchmark.Run(Path.Combine(RepositoryRoot(), "content"), ScalingRun.EnsureContent(incidents, work, now), work, now, repeat));
        return 0;
    case "scale":
        Report(ScaleRows.Run(new ScaleRows.Options
        {
            Work = work,
            Now = now,
            Cli = PackedCli(),
            Repeat = int.Parse(Option("--repeat") ?? "5", CultureInfo.InvariantCulture),
            OutputRoot = outputRoot ?? "/dev/shm/statusgen-scale",
            Cstate = Option("--cstate"),
            Baseline = Option("--baseline"),
            Sizes = Option("--sizes") is null ? [1_000, 10_000, 100_000] : sizes,
            MemoryLimit = Option("--memory-limit") is { } limit ? long.Parse(limit, CultureInfo.InvariantCulture) : null,
        }));
        return 0;
    case "scaling":
        Report(ScalingRun.Run(sizes, work, now, repeat, outputRoot));
        return 0;
    case "all":
        Report(ScalingRun.Run(sizes, work, now, repeat, outputRoot));
        Report(UptimeBenchmark.RunStopwatch(incidents, 21));
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{command}'; use all, scaling, scale, breakdown, uptime, notify, preview, preview-stages, editor-saves, startup, issue14, theme, generate or build-once");
        return 2;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

string Required(string name) => Option(name) ?? throw new ArgumentException($"{name} is required");

void Report(string text)
{
    Console.WriteLine(text);
    Directory.CreateDirectory(work);
    File.AppendAllText(Path.Combine(work, "results.md"), $"<!-- {DateTime.UtcNow:u}, {Environment.ProcessorCount} cores, .NET {Environment.Version} -->\n{text}\n\n");
}

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "StatusGen.sln")))
        {
            return folder.FullName;
        }
    }

    return Environment.CurrentDirectory;
}
