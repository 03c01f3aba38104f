using System.Diagnostics;

namespace StatusGen.Themes.Default.Tests.Fixtures;

/// <summary>
/// Validators the tests run as separate programs (Java for the Nu checker, Chromium for the browser tests).
/// Locally a missing tool makes the test inconclusive with the command that installs it; in CI (CI=true) it fails,
/// so a missing install step can never pass as green.
/// </summary>
public static class ExternalTool
{
    public const string InstallHint = "run 'bash build/install-test-deps.sh' (npm ci --prefix tests; apt-get install default-jre-headless chromium)";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the path when the file exists; otherwise fails (CI) or ends the test as inconclusive.</summary>
    public static string Require(string path, string what, string hint = InstallHint)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var message = $"{what} not found at '{path}': {hint}.";
        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Inconclusive(message);
        return path;
    }

    public static string RequireOnPath(string program, string what)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
        return Require(found ?? program, what);
    }

    /// <summary>Runs a program to completion and returns its exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
