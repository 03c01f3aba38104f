namespace StatusGen.Cli.Tests;

/// <summary>A build time outside the supported range is a usage error (exit 2), not an internal error.</summary>
[TestClass]
public sealed class BuildTimeRangeTests
{
    [TestMethod]
    [DataRow("0001-01-01T00:30:00+01:00")]
    [DataRow("0001-01-01T00:00:00Z")]
    [DataRow("9999-12-31T23:59:59Z")]
    [DataRow("1899-12-31T23:59:59Z")]
    public void RejectsANowOutsideTheSupportedRange(string now)
    {
        using var harness = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);

        foreach (var command in new[] { "check", "build" })
        {
            var run = harness.Run(command, "--now", now);

            Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
            StringAssert.StartsWith(run.ErrorLines[0], "statusgen: ", StringComparison.Ordinal);
            Assert.IsFalse(run.Error.Contains("internal error", StringComparison.Ordinal), run.ToString());
        }
    }

    [TestMethod]
    public void RejectsASourceDateEpochBeyondTheSupportedRange()
    {
        using var harness = new CliHarness();
        harness.Environment["SOURCE_DATE_EPOCH"] = "99999999999999";

        var run = harness.Run("build");

        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
        Assert.AreEqual("statusgen: SOURCE_DATE_EPOCH '99999999999999' is after 8999-12-31, the last date StatusGen supports.", run.ErrorLines.Single());
    }

    [TestMethod]
    public void RejectsANowBeforeTheSupportedRangeWithTheRangeInTheMessage()
    {
        using var harness = new CliHarness();

        var run = harness.Run("check", "--now", "1899-12-31T23:59:59Z");

        Assert.AreEqual("statusgen: the build's time 1899-12-31T23:59:59+00:00 (--now) is outside the dates StatusGen supports (1900-01-01 to 8999-12-31 (UTC)).", run.ErrorLines.Single());
    }
}
