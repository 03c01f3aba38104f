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
            .AppendLine(CultureInfo.InvariantCulture, $"Load average before: {ChildProcess.LoadAverage()}.")
            .AppendLine()
            .AppendLine("| incidents | median | min | max | rebuild as `serve` reports it (median) | serve's CPU until the page shows (median) | serve's CPU per edit, to the next edit (median) |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var source = size == "demo" ? Path.Combine(RepositoryRootOf(work), "content") : ScalingRun.EnsureContent(int.Parse(size, CultureInfo.InvariantCulture), work, now);
            var copy = Path.Combine(work, $"preview-{size}");
            Copy(source, copy);
            var (latencies, rebuilds, cpuShown, cpuEdit) = Measure(cli, copy, edits);
            latencies.Sort();
            rebuilds.Sort();
            cpuShown.Sort();
            cpuEdit.Sort();
            var count = Directory.GetFiles(Path.Combine(copy, "incidents")).Length;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {count:N0} | {Median(latencies):F0} ms | {latencies[0]:F0} ms | {latencies[^1]:F0} ms | {(rebuilds.Count > 0 ? Median(rebuilds) : double.NaN):F0} ms | {Median(cpuShown):F0} ms | {Median(cpuEdit):F0} ms |");
        }

        return text.AppendLine(CultureInfo.InvariantCulture, $"Load average after: {ChildProcess.LoadAverage()}.").ToString();
    }

    /// <returns>Per timed edit: the latency, the rebuild times serve printed, serve's CPU time from the edit until the
    /// page showed it, and from the edit until the next edit (background work included, as far as it got).</returns>
    private static (List<double> Latencies, List<double> Rebuilds, List<double> CpuShown, List<double> CpuEdit) Measure(string cli, string content, int edits)
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
            var cpuShown = new List<double>();
            var cpuEdit = new List<double>();
            for (var edit = 0; edit <= edits; edit++)
            {
                while (lines.TryTake(out _))
                {
                    // Drop what the last rebuild printed.
                }

                var marker = FormattableString.Invariant($"preview-edit-{edit}-{Environment.TickCount64}");
                var cpu = Cpu(server);
                var clock = Stopwatch.StartNew();
                File.AppendAllText(newest, $"\nEdited: {marker}\n");
                WaitForText(http, page, marker, clock);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                var shown = Cpu(server) - cpu;
                if (edit > 0)
                {
                    latencies.Add(elapsed);
                    cpuShown.Add(shown);
                    rebuilds.AddRange(Rebuilds(lines));
                }

                Thread.Sleep(400); // let the server settle, so that each edit starts from a quiet server
                if (edit > 0)
                {
                    cpuEdit.Add(Cpu(server) - cpu);
                }
            }

            return (latencies, rebuilds, cpuShown, cpuEdit);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static double Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalMilliseconds;
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

    /// <summary>
    /// The rebuild times `serve` printed since the edit: until the model was served ("Build 3 ready in 35 ms") where it
    /// says so, else until every file was made ("Built 64 files in 35 ms (build 3)", what builds before on-request pages print).
    /// </summary>
    private static IEnumerable<double> Rebuilds(BlockingCollection<string> lines)
    {
        Thread.Sleep(50);
        while (lines.TryTake(out var line))
        {
            if (BuiltLine().Match(line) is { Success: true } match)
            {
                yield return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                yield break; // the first line of the rebuild: the model ready (or, before, everything made)
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

    [GeneratedRegex(@"^(?:Build \d+ ready in|Built \d+ files in) (\d+) ms")]
    private static partial Regex BuiltLine();
}
