using System.Diagnostics;
using System.Globalization;

namespace StatusGen.Cli.Tests;

/// <summary>
/// `kill -9` of a real `dotnet statusgen.dll build` process at random moments: the output folder is always there and is
/// the old or the new complete site, and the next build clears up whatever the killed ones left.
/// </summary>
[TestClass]
public sealed class KilledBuildTests
{
    private const int Kills = 20;
    private const int Seed = 20261110;
    private const string Now = "2026-11-20T12:00:00Z";

    [TestMethod]
    public void AKilledBuildLeavesTheOldOrTheNewSiteAndTheNextBuildRemovesItsLeftovers()
    {
        using var cli = new CliHarness();
        WriteContent(cli, "a", incidents: 40);
        WriteContent(cli, "b", incidents: 41);
        Assert.AreEqual(0, cli.Run("build", "--content", "a", "--output", "expected-a", "--now", Now).ExitCode);
        Assert.AreEqual(0, cli.Run("build", "--content", "b", "--output", "expected-b", "--now", Now).ExitCode);
        var expected = new[] { cli.Tree("expected-a"), cli.Tree("expected-b") };

        var (full, writing) = TimeOneBuild(cli);

        // Start-up, loading and rendering are most of a build: one kill in four lands anywhere in it, the others
        // at a random moment after the staging folder (or its marker) appears, while the site is written and swapped.
        var random = new Random(Seed);
        var outcomes = new List<string>();
        for (var i = 0; i < Kills; i++)
        {
            var content = i % 2 == 0 ? "b" : "a";
            using (var build = Build(cli, content))
            {
                var anywhere = i % 4 == 0;
                var waited = anywhere ? TimeSpan.Zero : WaitForStaging(cli, build.Process);
                var delay = (anywhere ? full : writing * 1.2) * random.NextDouble();
                var finished = build.Process.WaitForExit(delay);
                if (!finished)
                {
                    build.Process.Kill(); // SIGKILL on Unix
                    build.Process.WaitForExit();
                }

                outcomes.Add(finished ? "finished" : $"killed {delay.TotalMilliseconds:F0} ms after {(anywhere ? "the start" : "staging appeared")}");
            }

            Assert.IsTrue(Directory.Exists(Path.Combine(cli.Root, "public")), $"kill {i} ({outcomes[^1]}) left no output folder");
            var tree = cli.Tree("public");
            Assert.IsTrue(
                expected.Any(e => e.SequenceEqual(tree)),
                $"kill {i} ({outcomes[^1]}) left an output folder that is neither complete site: {tree.Count} files");
        }

        Assert.AreEqual(0, Build(cli, "a").WaitForExitCode(), "the build after the kills");

        CollectionAssert.AreEqual(expected[0], cli.Tree("public"));
        var hidden = Directory.EnumerateFileSystemEntries(cli.Root, ".public*").Select(Path.GetFileName).ToArray();
        Assert.IsLessThanOrEqualTo(1, hidden.Length, $"hidden entries left: {string.Join(", ", hidden)}; {string.Join("; ", outcomes)}");
    }

    /// <summary>How long a whole build takes, and how long it writes after its staging folder appears.</summary>
    private static (TimeSpan Full, TimeSpan Writing) TimeOneBuild(CliHarness cli)
    {
        var clock = Stopwatch.StartNew();
        using var build = Build(cli, "a");
        var staged = WaitForStaging(cli, build.Process);
        Assert.AreEqual(0, build.WaitForExitCode(), "a full build in a child process");
        var full = clock.Elapsed;
        return (full, full - staged > TimeSpan.FromMilliseconds(5) ? full - staged : TimeSpan.FromMilliseconds(5));
    }

    /// <returns>When (since now) a hidden staging entry appeared next to the output, or the process ended.</returns>
    private static TimeSpan WaitForStaging(CliHarness cli, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && !Directory.EnumerateFileSystemEntries(cli.Root, ".public.staging-*").Any())
        {
            Thread.Sleep(1);
        }

        return clock.Elapsed;
    }

    private static void WriteContent(CliHarness cli, string folder, int incidents)
    {
        cli.Write($"{folder}/site.yml", CliHarness.SiteYml);
        for (var n = 1; n <= incidents; n++)
        {
            var day = 1 + (n % 9);
            cli.Write(
                $"{folder}/incidents/2026-11-0{day}-incident-{n}.md",
                CliHarness.Incident.Replace("2026-11-10", $"2026-11-0{day}", StringComparison.Ordinal).Replace("API errors", $"API errors number {n} of {folder}", StringComparison.Ordinal));
        }
    }

    private static ChildBuild Build(CliHarness cli, string content)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = cli.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "statusgen.dll"), "build", "--content", content, "--output", "public", "--now", Now })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SOURCE_DATE_EPOCH");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        return new ChildBuild(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    private sealed record ChildBuild(Process Process, Task<string> Output, Task<string> Error) : IDisposable
    {
        public int WaitForExitCode()
        {
            Process.WaitForExit();
            Assert.AreEqual(0, Process.ExitCode, string.Create(CultureInfo.InvariantCulture, $"exit {Process.ExitCode}: {Error.Result}"));
            return Process.ExitCode;
        }

        public void Dispose() => Process.Dispose();
    }
}
