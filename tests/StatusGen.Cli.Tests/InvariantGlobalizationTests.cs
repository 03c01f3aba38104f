using System.Diagnostics;

namespace StatusGen.Cli.Tests;

/// <summary>
/// Slim container images run .NET without ICU (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1). The mode is fixed when a
/// process starts, so these tests run the built CLI as child processes: check and build must behave as with ICU,
/// and the output must be byte for byte the same (month names and separators come from the translation files).
/// </summary>
[TestClass]
public sealed class InvariantGlobalizationTests
{
    [TestMethod]
    [DataRow("en")]
    [DataRow("de")]
    public void BuildsTheSameSiteWithAndWithoutIcu(string language)
    {
        using var harness = new CliHarness()
            .Write("content/site.yml", CliHarness.SiteYml.Replace("language: en", $"language: {language}", StringComparison.Ordinal))
            .Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

        var withIcu = Run(harness, invariant: false, "build", "--output", "with-icu");
        var withoutIcu = Run(harness, invariant: true, "build", "--output", "without-icu");
        var check = Run(harness, invariant: true, "check");

        Assert.AreEqual(0, withIcu.ExitCode, withIcu.Error);
        Assert.AreEqual(0, withoutIcu.ExitCode, withoutIcu.Error);
        Assert.AreEqual(0, check.ExitCode, check.Error);
        CollectionAssert.AreEqual(harness.Tree("with-icu"), harness.Tree("without-icu"));
    }

    private static (int ExitCode, string Error) Run(CliHarness harness, bool invariant, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = harness.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "statusgen.dll"));
        foreach (var arg in args.Append("--now").Append("2026-11-20T12:00:00Z"))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromSeconds(60)), "the CLI did not finish within 60 s");
        return (process.ExitCode, error.Result);
    }
}
