using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StatusGen.Benchmarks.Synthetic;
using StatusGen.Model;
using StatusGen.Uptime;

namespace StatusGen.Benchmarks;

/// <summary>
/// UptimeCalculator.Compute on 10,000 incidents x 50 components over two years (so every 365-day window is full).
/// The model is built in memory: this measures the engine alone, not the loader.
/// </summary>
[MemoryDiagnoser]
public class UptimeBenchmark
{
    private SiteContent content = null!;
    private DateTimeOffset now;

    [Params(10_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new SyntheticSiteOptions { Incidents = Incidents };
        now = options.Now;
        content = SyntheticSite.Generate(options);
    }

    [Benchmark]
    public UptimeReport Compute() => UptimeCalculator.Compute(content, now);

    /// <summary>BenchmarkDotNet in this process (no generated project to build), short-run job: `uptime --bdn`.</summary>
    public static void RunBenchmarkDotNet() =>
        BenchmarkRunner.Run<UptimeBenchmark>(DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator));

    /// <summary>A quick, dependable figure: warm up, then the median of <paramref name="runs"/> timed calls.</summary>
    public static string RunStopwatch(int incidents, int runs)
    {
        var benchmark = new UptimeBenchmark { Incidents = incidents };
        benchmark.Setup();
        var components = benchmark.content.Site.Components.Count;
        for (var i = 0; i < 3; i++)
        {
            benchmark.Compute();
        }

        var times = new List<double>(runs);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        UptimeReport? report = null;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            report = benchmark.Compute();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var allocatedPerRun = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs;
        times.Sort();
        var engine = report is { Components.Count: > 0 } ? "engine" : "PLACEHOLDER engine (returns an empty report)";
        return string.Create(CultureInfo.InvariantCulture,
            $"UptimeCalculator.Compute, {incidents:N0} incidents x {components} components, {SyntheticSiteOptions.DefaultDays} days of history ({engine}): " +
            $"median {times[runs / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms over {runs} runs; {allocatedPerRun / 1024.0 / 1024.0:F1} MiB allocated per run");
    }
}
