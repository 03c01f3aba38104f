using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace StatusGen.Benchmarks;

/// <param name="CpuMs">User and system CPU of the child (and anything it waited for), from getrusage(RUSAGE_CHILDREN).</param>
/// <param name="PeakBytes">The child's VmHWM (peak resident set), read every 20 ms while it runs: at most 20 ms of growth can be missed.</param>
internal sealed record ChildRun(int ExitCode, double WallMs, double CpuMs, long PeakBytes, string Output);

/// <summary>Runs one whole process as a user would and measures it from outside: wall time, CPU time, peak memory.</summary>
internal static partial class ChildProcess
{
    /// <exception cref="InvalidOperationException">The process failed, unless <paramref name="allowFailure"/>.</exception>
    public static ChildRun Run(string fileName, IEnumerable<string> arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var cpuBefore = ChildrenCpuMs();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var status = $"/proc/{process.Id}/status";

        // Read both streams to the end (a large site prints megabytes of lint warnings), the error text only kept.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(status));
        }

        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        var run = new ChildRun(process.ExitCode, wall, ChildrenCpuMs() - cpuBefore, peak, stdout.Result.Trim());
        return run.ExitCode == 0 || allowFailure
            ? run
            : throw new InvalidOperationException($"{fileName} exited with {run.ExitCode}: {string.Concat(stderr.Result.TakeLast(2000))}");
    }

    public static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, name)));

    /// <summary>A fresh path below <paramref name="root"/> for one run's output: the name and 8 characters of a GUID.</summary>
    public static string NewFolderName(string root, string name) => Path.Combine(root, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static long HighWaterMark(string statusFile)
    {
        try
        {
            var line = File.ReadLines(statusFile).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0; // it has just exited
        }
    }

    private static double ChildrenCpuMs()
    {
        // struct rusage on 64-bit Linux: two timevals (seconds, microseconds), then 14 longs.
        var usage = new long[18];
        return OperatingSystem.IsLinux() && GetRUsage(RusageChildren, usage) == 0
            ? (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0
            : 0;
    }

    private const int RusageChildren = -1;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, [Out] long[] usage);
}
