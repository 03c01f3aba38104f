using System.Diagnostics;
using System.Globalization;

namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>
/// Mutated demo content through check and build (<see cref="CheckThenBuild"/>). CI runs a fixed seed and count; the
/// Cake task 'Fuzz' sets STATUSGEN_FUZZ_MINUTES (and optionally STATUSGEN_FUZZ_SEED) for a long run.
/// </summary>
[TestClass]
public sealed class MutationFuzzTests
{
    private const int CiSeed = 20261130;
    private const int CiInputs = 30;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void MutatedDemoContentNeverCrashesAndCheckAgreesWithBuild()
    {
        var minutes = Environment.GetEnvironmentVariable("STATUSGEN_FUZZ_MINUTES") is { Length: > 0 } m ? double.Parse(m, CultureInfo.InvariantCulture) : (double?)null;
        var seed = Environment.GetEnvironmentVariable("STATUSGEN_FUZZ_SEED") is { Length: > 0 } s ? int.Parse(s, CultureInfo.InvariantCulture) : CiSeed;
        var fuzzer = new MutationFuzzer(seed);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var ran = 0;
        while (minutes is { } limit ? clock.Elapsed.TotalMinutes < limit : ran < CiInputs)
        {
            var (files, description) = fuzzer.Next();
            using var harness = new CliHarness();
            foreach (var (path, bytes) in files)
            {
                harness.WriteBytes(path, bytes);
            }

            var violation = Bounded.Run(TimeSpan.FromSeconds(60), () => CheckThenBuild.Violation(harness));
            ran++;
            if (violation is not null)
            {
                failures.Add($"input {ran} ({description}):\n{violation}");
            }
        }

        var internalErrors = failures.Count(f => f.Contains("exited 70", StringComparison.Ordinal));
        var summary = $"mutation fuzz: seed {seed}, {ran} inputs in {clock.Elapsed.TotalSeconds:0} s, {internalErrors} internal errors, {failures.Count} violations in all";
        TestContext.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.IsEmpty(failures, string.Join("\n\n", failures.Take(3)));
    }
}
