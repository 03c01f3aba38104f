using System.Diagnostics;

namespace StatusGen.Tests.Feeds;

/// <summary>
/// Runs a validator that is installed outside .NET (jing, python3-feedparser, node). When one is missing, the test is
/// inconclusive on a developer machine and fails in CI (CI=true), where build/install-test-deps.sh must have installed it.
/// </summary>
internal static class ExternalTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(bool available, string what) => Require(available, what, InCi);

    public static void Require(bool available, string what, bool inCi)
    {
        if (available)
        {
            return;
        }

        var message = $"{what} is not installed; build/install-test-deps.sh installs it.";
        if (inCi)
        {
            Assert.Fail(message);
        }

        Assert.Inconclusive(message);
    }

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(System.IO.File.Exists);

    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} did not finish in time");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The repository root: the folder holding StatusGen.sln above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "StatusGen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StatusGen.sln not found above " + AppContext.BaseDirectory);
    }
}
