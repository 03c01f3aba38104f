using System.Diagnostics;
using System.Globalization;

namespace StatusGen.Benchmarks.Startup;

/// <summary>One run of a program: wall time, CPU time of the process and, when asked, the methods it JIT-compiled.</summary>
internal sealed record TimedRun(double Wall, double Cpu, int JitMethods, int ExitCode);

internal static class TimedProcess
{
    /// <summary>Runs <paramref name="program"/> under GNU time (.NET cannot read an exited child's CPU time on Linux).</summary>
    /// <param name="countJit">Load <see cref="StartupHook"/> into the process to count what it compiles; off for timed runs,
    /// since loading the hook costs a little.</param>
    public static TimedRun Run(string program, IEnumerable<string> arguments, string folder, bool countJit = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        var times = Path.GetTempFileName();
        var jit = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in new[] { "-o", times, "-f", "%U %S", program }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (countJit)
        {
            start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
            start.Environment[StartupHook.OutputVariable] = jit;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var wall = stopwatch.Elapsed.TotalSeconds;
        _ = output.Result;
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}");
        }

        var cpu = File.ReadAllText(times).Trim().Split('\n')[^1].Split(' ').Sum(t => double.Parse(t, CultureInfo.InvariantCulture));
        var methods = countJit && File.ReadAllText(jit).Trim() is { Length: > 0 } count ? int.Parse(count, CultureInfo.InvariantCulture) : 0;
        File.Delete(times);
        File.Delete(jit);
        return new TimedRun(wall, cpu, methods, process.ExitCode);
    }
}
