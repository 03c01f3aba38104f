using System.Globalization;
using StatusGen.Benchmarks;
using StatusGen.Benchmarks.Synthetic;

// Usage (from the repository root; also `dotnet cake build/build.cake --target=Bench`):
//   dotnet run -c Release --project build/StatusGen.Benchmarks                 all: scaling 1,000 and 10,000 + uptime
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- scaling --sizes 1000,10000 [--repeat 3] [--output-root DIR]
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- uptime [--incidents 10000] [--runs 21] [--bdn]
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- generate --incidents 1000 --output DIR
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- breakdown [--incidents 10000]   each stage and generator alone
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- notify [--incidents 10000]     1,000 deliveries; nothing to send
//   dotnet run -c Release --project build/StatusGen.Benchmarks -- scale [--cstate DIR] [--repeat 5] [--sizes 1000,10000,100000] [--memory-limit 2147483648] [--output-root /dev/shm/statusgen-scale] [--baseline OTHER/statusgen.dll]
//       issue 14's whole-process rows: 10,000 vs cp -r, 100 vs cState on Hugo (DIR: a cState checkout), growth and peak memory
// Generated content and output go to build/bench-output/ (git-ignored); results to build/bench-output/results.md.
var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
var now = DateTimeOffset.Parse(Option("--now") ?? "2026-11-22T10:30:00Z", CultureInfo.InvariantCulture);
var work = Path.GetFullPath(Option("--work") ?? Path.Combine(RepositoryRoot(), "build", "bench-output"));
var sizes = (Option("--sizes") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var incidents = int.Parse(Option("--incidents") ?? "10000", CultureInfo.InvariantCulture);
var repeat = int.Parse(Option("--repeat") ?? "3", CultureInfo.InvariantCulture);
var outputRoot = Option("--output-root");

switch (command)
{
    case "build-once":
        // The child of `scaling`: one size per process, so the peak working set is that size's own.
        Console.WriteLine(FullBuild.ToJson(FullBuild.MeasureInFreshProcess(Required("--content"), Required("--output"), now)));
        return 0;
    case "generate":
        ContentFolderWriter.Write(SyntheticSite.Generate(new SyntheticSiteOptions { Incidents = incidents, Now = now, ContentRoot = Required("--output") }), Required("--output"));
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
        Report(NotifyBenchmark.Run(work, now, incidents));
        return 0;
    case "scale":
        Report(ScaleRows.Run(new ScaleRows.Options
        {
            Work = work,
            Now = now,
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
        Console.Error.WriteLine($"unknown command '{command}'; use all, scaling, scale, breakdown, uptime, notify, generate or build-once");
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
