using System.Globalization;

namespace StatusGen.Benchmarks;

/// <summary>
/// One process in its own memory cgroup with a hard limit, as a container runtime sets one (docker --memory): over the
/// limit the kernel reclaims page cache, then kills the process (exit 137). Needs root; cgroup v2 or v1's memory controller.
/// </summary>
internal static class MemoryLimitedRun
{
    public sealed record Result(ChildRun Run, long GroupPeakBytes, string How);

    public static Result Run(long limitBytes, string[] command)
    {
        var (group, limitFile, peakFile, how) = Directory.Exists("/sys/fs/cgroup/memory") && File.Exists("/sys/fs/cgroup/memory/memory.limit_in_bytes")
            ? ($"/sys/fs/cgroup/memory/statusgen-bench-{Environment.ProcessId}", "memory.limit_in_bytes", "memory.max_usage_in_bytes", "cgroup v1 memory.limit_in_bytes")
            : ($"/sys/fs/cgroup/statusgen-bench-{Environment.ProcessId}", "memory.max", "memory.peak", "cgroup v2 memory.max");
        Directory.CreateDirectory(group);
        try
        {
            File.WriteAllText(Path.Combine(group, limitFile), limitBytes.ToString(CultureInfo.InvariantCulture));

            // The shell joins the group and becomes the command, so the command and everything it starts are limited.
            var run = ChildProcess.Run("sh", ["-c", $"echo $$ > {group}/cgroup.procs && exec \"$@\"", "sh", .. command], allowFailure: true);
            var peak = File.Exists(Path.Combine(group, peakFile)) ? long.Parse(File.ReadAllText(Path.Combine(group, peakFile)).Trim(), CultureInfo.InvariantCulture) : 0;
            return new Result(run, peak, how);
        }
        finally
        {
            Directory.Delete(group); // rmdir: a cgroup's files go with it
        }
    }
}
