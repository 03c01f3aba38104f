using System.Diagnostics;
using System.Globalization;
using System.Text;
using StatusGen.Building;

namespace StatusGen.Benchmarks;

/// <summary>
/// Where a build's time and memory go: Load, Compute, then each output generator alone, one after another, each
/// measured in wall time, process CPU time and bytes allocated. In `statusgen build` the generators run side by
/// side, so their wall times do not add up to the render stage's; their CPU and allocation do.
/// </summary>
internal static class GeneratorBreakdown
{
    public static string Run(string contentDirectory, DateTimeOffset now)
    {
        var rows = new List<(string Name, Sample Cold, Sample Warm)>();
        var check = Measure(() => SiteBuilder.Check(contentDirectory, now, contentDirectory));
        var content = check.Result.Content ?? throw new InvalidOperationException("the content has errors");
        rows.Add(("load + validate + lint", check.Sample, Measure(() => SiteBuilder.Check(contentDirectory, now, contentDirectory)).Sample));
        var compute = Measure(() => SiteBuilder.Compute(content, now));
        rows.Add(("compute (status, uptime)", compute.Sample, Measure(() => SiteBuilder.Compute(content, now)).Sample));
        foreach (var generator in FullBuild.Generators())
        {
            var cold = Measure(() => generator.Generate(compute.Result).Count());
            var warm = Measure(() => generator.Generate(compute.Result).Count());
            rows.Add((FormattableString.Invariant($"generator `{generator.Name}` ({cold.Result:N0} files)"), cold.Sample, warm.Sample));
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Each part alone, {content.Incidents.Count:N0} incidents: first call in a fresh process (JIT included), then a second call; wall / CPU ms, MiB allocated.")
            .AppendLine()
            .AppendLine("| part | first: wall / CPU | first: allocated | second: wall / CPU | second: allocated |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, cold, warm) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {cold.WallMs:F0} / {cold.CpuMs:F0} | {cold.AllocatedMiB:F0} | {warm.WallMs:F0} / {warm.CpuMs:F0} | {warm.AllocatedMiB:F0} |");
        }

        return text.ToString();
    }

    private readonly record struct Sample(double WallMs, double CpuMs, double AllocatedMiB);

    private static (T Result, Sample Sample) Measure<T>(Func<T> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (result, new Sample(wall, (process.TotalProcessorTime - cpu).TotalMilliseconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0));
    }
}
