using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Publishing;
using StatusGen.Validation;

namespace StatusGen.Benchmarks;

/// <summary>Wall time of each stage of one build, and the process's memory afterwards.</summary>
internal sealed record BuildMeasurement
{
    public required int Incidents { get; init; }
    /// <summary>Load and Validate together (SiteBuilder.Check, as the CLI runs them).</summary>
    public required double LoadMs { get; init; }

    /// <summary>Validate alone, timed by a second call on the loaded content: a part of <see cref="LoadMs"/>, not added to the total.</summary>
    public required double ValidateMs { get; init; }
    public required double ComputeMs { get; init; }
    /// <summary>Render and Publish together: the build writes each file as it is made (issue 14).</summary>
    public required double RenderMs { get; init; }

    /// <summary>Zero since Render and Publish overlap; kept so that older result files still read.</summary>
    public required double PublishMs { get; init; }
    public required double LoadCpuMs { get; init; }
    public required double ValidateCpuMs { get; init; }
    public required double ComputeCpuMs { get; init; }
    public required double RenderCpuMs { get; init; }
    public required double PublishCpuMs { get; init; }

    /// <summary>CPU time of the whole process during the build, all threads: less sensitive than wall time to other load on the machine.</summary>
    public required double CpuMs { get; init; }
    public required int Files { get; init; }
    public required long OutputBytes { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public double TotalMs => LoadMs + ComputeMs + RenderMs + PublishMs;
}

internal sealed record ProcessMeasurement(BuildMeasurement Cold, BuildMeasurement Warm, long PeakWorkingSetBytes, long AllocatedBytes);

/// <summary>
/// The build the CLI runs, stage by stage, in this process: Load -> Validate -> Compute -> Render -> Publish.
/// Run once per fresh process (see <see cref="ScalingRun"/>) so that the peak working set belongs to one size.
/// </summary>
internal static class FullBuild
{
    /// <summary>The CLI's own generator list, so the benchmark renders what `statusgen build` renders.</summary>
    // OutputGenerators is internal to the CLI; reading it by reflection keeps this list from drifting.
    public static IReadOnlyList<IOutputGenerator> Generators() =>
        (IReadOnlyList<IOutputGenerator>)(Assembly.Load(new AssemblyName("statusgen"))
            .GetType("StatusGen.Cli.OutputGenerators", throwOnError: true)!
            .GetMethod("All", BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, [null, null])!); // the cache folder and display base: the defaults, as `statusgen build` without --cache-dir

    public static ProcessMeasurement MeasureInFreshProcess(string contentDirectory, string outputDirectory, DateTimeOffset now)
    {
        var cold = Run(contentDirectory, outputDirectory, now);
        var warm = Run(contentDirectory, outputDirectory, now);
        using var process = Process.GetCurrentProcess();
        return new ProcessMeasurement(cold, warm, process.PeakWorkingSet64, GC.GetTotalAllocatedBytes(precise: false));
    }

    public static BuildMeasurement Run(string contentDirectory, string outputDirectory, DateTimeOffset now)
    {
        var builder = new SiteBuilder(Generators());
        var cpuBefore = ProcessorTime();
        var clock = new StageClock();

        // Load and Validate through SiteBuilder.Check, exactly as the CLI runs them; Validate alone is timed again below.
        var checkResult = SiteBuilder.Check(contentDirectory, now, contentDirectory);
        var loadMs = clock.Lap();
        var errors = checkResult.Diagnostics.Count(d => d.IsError);
        if (checkResult.Content is null || errors > 0)
        {
            foreach (var diagnostic in checkResult.Diagnostics.Where(d => d.IsError).Take(10))
            {
                Console.Error.WriteLine(DiagnosticPrinter.Format(diagnostic, DiagnosticFormat.Text));
            }

            throw new InvalidOperationException($"The synthetic content has {errors} errors; the benchmark generator and the loader disagree.");
        }

        SiteValidator.Validate(checkResult.Content, now);
        var validateMs = clock.Lap();
        var content = checkResult.Content;
        var snapshot = SiteBuilder.Compute(content, now);
        var computeMs = clock.Lap();
        // Render and Publish overlap, as in the CLI's build: each file is written as it is made.
        long outputBytes = 0;
        var paths = OutputWriter.Publish(write => builder.Render(snapshot, file =>
        {
            Interlocked.Add(ref outputBytes, file.Bytes.Length);
            write(file);
        }), outputDirectory);
        var renderMs = clock.Lap();
        var cpuMs = (ProcessorTime() - cpuBefore).TotalMilliseconds;
        return new BuildMeasurement
        {
            Incidents = content.Incidents.Count,
            LoadMs = loadMs.Wall,
            LoadCpuMs = loadMs.Cpu,
            ValidateMs = validateMs.Wall,
            ValidateCpuMs = validateMs.Cpu,
            ComputeMs = computeMs.Wall,
            ComputeCpuMs = computeMs.Cpu,
            RenderMs = renderMs.Wall,
            RenderCpuMs = renderMs.Cpu,
            PublishMs = 0,
            PublishCpuMs = 0,
            CpuMs = cpuMs,
            Files = paths.Count,
            OutputBytes = outputBytes,
            Errors = errors,
            Warnings = checkResult.Diagnostics.Length - errors,
        };
    }

    public static string ToJson(ProcessMeasurement measurement) => JsonSerializer.Serialize(measurement);

    public static ProcessMeasurement FromJson(string json) =>
        JsonSerializer.Deserialize<ProcessMeasurement>(json) ?? throw new InvalidOperationException("empty measurement");

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Wall and process CPU time since the previous lap, in milliseconds.</summary>
    private sealed class StageClock
    {
        private readonly Stopwatch wall = Stopwatch.StartNew();
        private TimeSpan cpu = ProcessorTime();

        public (double Wall, double Cpu) Lap()
        {
            var now = ProcessorTime();
            var lap = (wall.Elapsed.TotalMilliseconds, (now - cpu).TotalMilliseconds);
            wall.Restart();
            cpu = now;
            return lap;
        }
    }
}
