namespace StatusGen.Cli.Tests;

/// <summary>
/// Many warnings of one kind, as users see them: the first five of each code in full, then one line counting the rest
/// with how to see them all; errors always in full.
/// </summary>
[TestClass]
public sealed class WarningGroupingTests
{
    private const string Now = "2026-11-20T12:00:00Z";
    private const string Hint = "('statusgen check --all-warnings' lists every one; lint.since in site.yml leaves incidents before a date out of the lint)";
    private CliHarness cli = null!;

    [TestInitialize]
    public void CreateSite()
    {
        cli = new CliHarness();
        for (var day = 1; day <= 7; day++)
        {
            cli.Write($"content/incidents/2026-11-0{day}-blip.md", Blip(day, "api"));
        }
    }

    [TestCleanup]
    public void DeleteSite() => cli.Dispose();

    [TestMethod]
    public void CheckPrintsTheFirstFiveWarningsOfACodeAndCountsTheRest()
    {
        var run = cli.Run("check", "--now", Now);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(
            new[]
            {
                Warning(1), Warning(2), Warning(3), Warning(4), Warning(5),
                $"warning SG0211: 2 more not shown, like the 5 above {Hint}",
                "0 errors, 7 warnings",
            },
            run.ErrorLines,
            run.ToString());
    }

    [TestMethod]
    public void AllWarningsPrintsEveryOne()
    {
        var run = cli.Run("check", "--now", Now, "--all-warnings");

        CollectionAssert.AreEqual(
            new[] { Warning(1), Warning(2), Warning(3), Warning(4), Warning(5), Warning(6), Warning(7), "0 errors, 7 warnings" },
            run.ErrorLines,
            run.ToString());
    }

    [TestMethod]
    public void BuildGroupsTheSameWay()
    {
        var run = cli.Run("build", "--now", Now, "--output", "public");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual($"warning SG0211: 2 more not shown, like the 5 above {Hint}", run.ErrorLines[5], run.ToString());
        Assert.HasCount(7, run.ErrorLines, run.ToString());
    }

    [TestMethod]
    public void NeverGroupsErrors()
    {
        for (var day = 1; day <= 7; day++)
        {
            cli.Write($"content/incidents/2026-11-0{day}-blip.md", Blip(day, "apj"));
        }

        var run = cli.Run("check", "--now", Now);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(
            Enumerable.Range(1, 7).Select(day => $"content/incidents/2026-11-0{day}-blip.md:6:3: error SG0201: unknown component 'apj' (did you mean 'api'?)").ToArray(),
            run.ErrorLines.Where(l => l.Contains("SG0201", StringComparison.Ordinal)).ToArray(),
            run.ToString());
    }

    [TestMethod]
    public void StrictPrintsEveryWarningAsAnError()
    {
        var run = cli.Run("check", "--now", Now, "--strict");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(
            Enumerable.Range(1, 7).Select(day => Warning(day).Replace(": warning ", ": error ", StringComparison.Ordinal)).Append("7 errors, 0 warnings").ToArray(),
            run.ErrorLines,
            run.ToString());
    }

    [TestMethod]
    public void AnnotatesTheFirstFiveOnGitHubAndCountsTheRestInOneNotice()
    {
        var run = cli.Run("check", "--now", Now, "--format", "github");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.AreEqual(5, lines.Count(l => l.StartsWith("::warning file=content/incidents/", StringComparison.Ordinal)), run.ToString());
        Assert.AreEqual($"::notice title=SG0211::warning SG0211: 2 more not shown, like the 5 above {Hint}", lines[5], run.ToString());
    }

    internal static string Blip(int day, string component) => $"""
        ---
        title: Blip {day}
        started: 2026-11-0{day} 09:15
        resolved: 2026-11-0{day} 10:00
        components:
          {component}: degraded_performance
        ---
        ## 2026-11-0{day} 09:20 Investigating
        Slow responses.
        """;

    internal static string Warning(int day) =>
        $"content/incidents/2026-11-0{day}-blip.md:4:11: warning SG0211: the incident is resolved but has no 'Resolved' update (add '## 2026-11-0{day} 10:00 Resolved' saying what was fixed)";
}
