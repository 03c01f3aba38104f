using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StatusGen.Benchmarks;

/// <summary>
/// The preview row of issue 14: one edit, until the served page shows it. Starts the real <c>statusgen serve</c>
/// (another build of it with --cli, to compare), appends a line to the newest incident's last update, and polls that
/// incident's page every 10 ms until the line is there; the file is written and the clock started in the same step.
/// One edit first warms the server up and is not counted. Each size runs on a copy, so the generated corpus stays as it is.
/// </summary>
internal static partial class PreviewLatency
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static string Run(IReadOnlyList<string> sizes, string work, DateTimeOffset now, int edits, string? cli)
    {
        cli ??= Path.Combine(AppContext.BaseDirectory, "statusgen.dll");
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Preview latency: one edit until the served page shows it, {edits} edits per size after one warm-up edit ({cli}).")
            .AppendLine(CultureInfo.InvariantCulture, $"Load average before: {LoadAverage()}.")
            .AppendLine()
            .AppendLine("| incidents | median | min | max | rebuild as `serve` reports it (median) |")
            .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var source = size == "demo" ? Path.Combine(RepositoryRootOf(work), "content") : ScalingRun.EnsureContent(int.Parse(size, CultureInfo.InvariantCulture), work, now);
            var copy = Path.Combine(work, $"preview-{size}");
            Copy(source, copy);
            var (latencies, rebuilds) = Measure(cli, copy, edits);
            latencies.Sort();
            rebuilds.Sort();
            var count = Directory.GetFiles(Path.Combine(copy, "incidents")).Length;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {count:N0} | {Median(latencies):F0} ms | {latencies[0]:F0} ms | {latencies[^1]:F0} ms | {(rebuilds.Count > 0 ? Median(rebuilds) : double.NaN):F0} ms |");
        }

        return text.AppendLine(CultureInfo.InvariantCulture, $"Load average after: {LoadAverage()}.").ToString();
    }

    private static (List<double> Latencies, List<double> Rebuilds) Measure(string cli, string content, int edits)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // No --now: the preview as people run it, on the clock, so that every page's "built at" changes with every rebuild.
        foreach (var argument in new[] { cli, "serve", "--content", content, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start) ?? throw new InvalidOperationException("could not start statusgen serve");
        var lines = new BlockingCollection<string>();
        server.OutputDataReceived += (_, e) => lines.Add(e.Data ?? "");
        server.ErrorDataReceived += (_, _) => { }; // lint warnings; read so that the pipe never fills
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            var address = WaitForAddress(lines);
            using var http = new HttpClient { BaseAddress = address, Timeout = Patience };
            var newest = Directory.GetFiles(Path.Combine(content, "incidents"), "*.md").Order(StringComparer.Ordinal).Last();
            var page = $"incidents/{Path.GetFileNameWithoutExtension(newest)}/";
            var latencies = new List<double>();
            var rebuilds = new List<double>();
            for (var edit = 0; edit <= edits; edit++)
            {
                while (lines.TryTake(out _))
                {
                    // Drop what the last rebuild printed.
                }

                var marker = FormattableString.Invariant($"preview-edit-{edit}-{Environment.TickCount64}");
                var clock = Stopwatch.StartNew();
                File.AppendAllText(newest, $"\nEdited: {marker}\n");
                WaitForText(http, page, marker, clock);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (edit > 0)
                {
                    latencies.Add(elapsed);
                    rebuilds.AddRange(Rebuilds(lines));
                }

                Thread.Sleep(400); // let the server settle, so that each edit starts from a quiet server
            }

            return (latencies, rebuilds);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static Uri WaitForAddress(BlockingCollection<string> lines)
    {
        while (lines.TryTake(out var line, Patience))
        {
            if (ServingLine().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("statusgen serve did not print its address");
    }

    private static void WaitForText(HttpClient http, string page, string text, Stopwatch clock)
    {
        while (clock.Elapsed < Patience)
        {
            using var response = http.GetAsync(new Uri(page, UriKind.Relative)).GetAwaiter().GetResult();
            if (response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            Thread.Sleep(10);
        }

        throw new TimeoutException($"the served page {page} did not show the edit within {Patience.TotalSeconds} s");
    }

    /// <summary>The rebuild times `serve` printed ("Built 64 files in 35 ms (build 3)") since the edit.</summary>
    private static IEnumerable<double> Rebuilds(BlockingCollection<string> lines)
    {
        Thread.Sleep(50);
        while (lines.TryTake(out var line))
        {
            if (BuiltLine().Match(line) is { Success: true } match)
            {
                yield return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }
    }

    private static void Copy(string source, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string RepositoryRootOf(string work)
    {
        for (var folder = new DirectoryInfo(work); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatusGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no StatusGen.sln above {work}");
    }

    [GeneratedRegex(@"^Serving (\S+)")]
    private static partial Regex ServingLine();

    [GeneratedRegex(@"^Built \d+ files in (\d+) ms")]
    private static partial Regex BuiltLine();
}
