using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace StatusGen.Benchmarks;

/// <summary>
/// `notify` (docs/performance.md, "Notify"): 1,000 pending events delivered to a webhook on loopback (goal under
/// 10 s), and the real CLI with nothing to send on the 10,000-incident synthetic site (goal under 2 s); the packed
/// tool as it ships (<see cref="Startup.PackedTool"/>).
/// </summary>
internal static class NotifyBenchmark
{
    private static readonly string[] ContentFolders = ["incidents", "maintenance"];

    private const string Channel = """

        notify:
          firstRun: 3650d
          channels:
            - id: bench
              type: webhook
              url: ${BENCH_WEBHOOK_URL}
              secret: ${BENCH_WEBHOOK_SECRET}
        """;

    public static string Run(string workDirectory, DateTimeOffset now, int incidents, string cli)
    {
        var (delivered, delivery, requests) = Deliver(workDirectory, now, cli);
        var (idle, check, idleOutput) = NothingToSend(workDirectory, now, incidents, cli);
        return $"""
            | Notify (wall / CPU of the process) | Measured | Goal |
            |---|---:|---:|
            | {delivered:N0} pending events to a loopback webhook (`statusgen notify`, one process) | {delivery.Wall:F2} s / {delivery.Cpu:F2} s ({requests:N0} requests) | < 10 s |
            | `statusgen notify` with nothing to send, {incidents:N0} incidents | {idle.Wall:F2} s / {idle.Cpu:F2} s | < 2 s |
            | `statusgen check` on the same site, for comparison (load, validate, lint) | {check.Wall:F2} s / {check.Cpu:F2} s | |

            Last line of the idle run: `{idleOutput}`; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end.
            """;
    }

    /// <summary>250 incidents of four events each (opened, two updates, resolved), all within the first-run window.</summary>
    private static (int Events, Timing Timing, int Requests) Deliver(string workDirectory, DateTimeOffset now, string cli)
    {
        var content = Path.Combine(workDirectory, "notify-delivery");
        if (Directory.Exists(content))
        {
            Directory.Delete(content, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(content, "incidents"));
        File.WriteAllText(Path.Combine(content, "site.yml"), """
            title: Notify benchmark
            baseUrl: https://status.example.com/
            language: en
            timezone: UTC
            components:
              - id: api
                name: API
            """ + Channel);
        for (var i = 0; i < 250; i++)
        {
            var start = now.AddDays(-30).AddHours(i * 2).UtcDateTime;
            string T(int minutes) => start.AddMinutes(minutes).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(content, "incidents", FormattableString.Invariant($"{start:yyyy-MM-dd}-incident-{i:D3}.md")), $"""
                ---
                title: Incident {i}
                started: {T(0)}
                resolved: {T(60)}
                impact: minor
                components:
                  api: degraded_performance
                ---
                ## {T(60)} Resolved
                Fixed.

                ## {T(30)} Monitoring
                A fix is out.

                ## {T(10)} Identified
                Found it.

                ## {T(5)} Investigating
                Looking into slow responses.
                """);
        }

        using var receiver = new LoopbackWebhook();
        var (output, timing) = Cli(cli, ["notify", "--content", content, "--now", now.ToString("O", CultureInfo.InvariantCulture)], receiver.Url);
        var delivered = int.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split(' ')[1], CultureInfo.InvariantCulture);
        return (delivered, timing, receiver.Count);
    }

    /// <summary>The 10,000-incident site with a notify channel: one run records everything (first run), the timed one finds nothing.</summary>
    private static (Timing Notify, Timing Check, string Output) NothingToSend(string workDirectory, DateTimeOffset now, int incidents, string cli)
    {
        var source = ScalingRun.EnsureContent(incidents, workDirectory, now);
        var content = Path.Combine(workDirectory, $"notify-{incidents}");
        if (Directory.Exists(content))
        {
            Directory.Delete(content, recursive: true);
        }

        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), File.ReadAllText(Path.Combine(source, "site.yml")) + Channel);
        // Copies, not links: content files must lie inside the content folder (SG0024), as in a real site.
        foreach (var folder in ContentFolders.Where(f => Directory.Exists(Path.Combine(source, f))))
        {
            Directory.CreateDirectory(Path.Combine(content, folder));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, folder)))
            {
                File.Copy(file, Path.Combine(content, folder, Path.GetFileName(file)));
            }
        }

        // The first run meets no ledger: everything older than firstRun (ten years) would be sent, so shorten it here.
        File.WriteAllText(Path.Combine(content, "site.yml"), File.ReadAllText(Path.Combine(content, "site.yml")).Replace("firstRun: 3650d", "firstRun: 1m", StringComparison.Ordinal));
        using var receiver = new LoopbackWebhook();
        string[] arguments = ["notify", "--content", content, "--now", now.ToString("O", CultureInfo.InvariantCulture)];
        Cli(cli, arguments, receiver.Url);
        var (output, notify) = Cli(cli, arguments, receiver.Url);
        var (_, check) = Cli(cli, ["check", .. arguments[1..]], receiver.Url);
        return (notify, check, output.Trim().Split('\n')[^1]);
    }

    private sealed record Timing(double Wall, double Cpu);

    private static (string Output, Timing Timing) Cli(string cli, IEnumerable<string> arguments, string webhookUrl)
    {
        // CPU time through GNU time: .NET cannot read an exited child's CPU time on Linux.
        var times = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var prefix in new[] { "-o", times, "-f", "%U %S", "dotnet", cli })
        {
            start.ArgumentList.Add(prefix);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["BENCH_WEBHOOK_URL"] = webhookUrl;
        start.Environment["BENCH_WEBHOOK_SECRET"] = "bench-secret";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var cpu = File.ReadAllText(times).Trim().Split('\n')[^1].Split(' ').Sum(t => double.Parse(t, CultureInfo.InvariantCulture));
        File.Delete(times);
        var timing = new Timing(clock.Elapsed.TotalSeconds, cpu);
        return process.ExitCode == 0 ? (output.Result, timing) : throw new InvalidOperationException($"statusgen {arguments.First()} exited {process.ExitCode}: {error}");
    }

    /// <summary>Answers every POST with 200 on 127.0.0.1, counting them.</summary>
    private sealed class LoopbackWebhook : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly Task loop;
        private int count;

        public LoopbackWebhook()
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/hook";
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            loop = Task.Run(async () =>
            {
                while (listener.IsListening)
                {
                    try
                    {
                        var context = await listener.GetContextAsync().ConfigureAwait(false);
                        await context.Request.InputStream.CopyToAsync(Stream.Null).ConfigureAwait(false);
                        Interlocked.Increment(ref count);
                        context.Response.StatusCode = 200;
                        context.Response.Close("ok"u8.ToArray(), willBlock: false);
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                }
            });
        }

        public string Url { get; }

        public int Count => Volatile.Read(ref count);

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
