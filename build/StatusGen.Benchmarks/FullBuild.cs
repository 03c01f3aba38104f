using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Publishing;
using StatusGen.Validation;

namespace StatusGen.Benchmarks;

/// <summary>Wall time of each stage of one build, and the process's memory afterwards.</summary>
internal sealed record BuildMeasurement
{
    public required int Incidents { get; init; }
    public required double LoadMs { get; init; }
    public required double ValidateMs { get; init; }
    public required double ComputeMs { get; init; }
    public required double RenderMs { get; init; }
    public required double PublishMs { get; init; }
    public required int Files { get; init; }
    public required long OutputBytes { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public double TotalMs => LoadMs + ValidateMs + ComputeMs + RenderMs + PublishMs;
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
            .Invoke(null, null)!);

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
        var clock = Stopwatch.StartNew();
        var loaded = ContentLoader.Load(contentDirectory, contentDirectory);
        var loadMs = Lap(clock);
        var diagnostics = loaded.Content is null ? loaded.Diagnostics : loaded.Diagnostics.AddRange(SiteValidator.Validate(loaded.Content, now));
        var validateMs = Lap(clock);
        var errors = diagnostics.Count(d => d.IsError);
        if (loaded.Content is null || errors > 0)
        {
            foreach (var diagnostic in diagnostics.Where(d => d.IsError).Take(10))
            {
                Console.Error.WriteLine(DiagnosticPrinter.Format(diagnostic, DiagnosticFormat.Text));
            }

            throw new InvalidOperationException($"The synthetic content has {errors} errors; the benchmark generator and the loader disagree.");
        }

        var snapshot = SiteBuilder.Compute(loaded.Content, now);
        var computeMs = Lap(clock);
        var files = builder.Render(snapshot);
        var renderMs = Lap(clock);
        OutputWriter.Publish(files, outputDirectory);
        var publishMs = Lap(clock);
        return new BuildMeasurement
        {
            Incidents = loaded.Content.Incidents.Count,
            LoadMs = loadMs,
            ValidateMs = validateMs,
            ComputeMs = computeMs,
            RenderMs = renderMs,
            PublishMs = publishMs,
            Files = files.Count,
            OutputBytes = files.Sum(f => (long)f.Bytes.Length),
            Errors = errors,
            Warnings = diagnostics.Length - errors,
        };
    }

    public static string ToJson(ProcessMeasurement measurement) => JsonSerializer.Serialize(measurement);

    public static ProcessMeasurement FromJson(string json) =>
        JsonSerializer.Deserialize<ProcessMeasurement>(json) ?? throw new InvalidOperationException("empty measurement");

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
