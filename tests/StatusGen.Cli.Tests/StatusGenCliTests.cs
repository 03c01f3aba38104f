namespace StatusGen.Cli.Tests;

[TestClass]
public sealed class StatusGenCliTests
{
    [TestMethod]
    public void ExitsWithTwoForAnUnknownOption()
    {
        using var cli = new CliHarness();

        var run = cli.Run("check", "--frobnicate");

        Assert.AreEqual(2, run.ExitCode);
        CollectionAssert.AreEqual(new[] { "statusgen: Unrecognized command or argument '--frobnicate'.", "Run 'statusgen --help' for usage." }, run.ErrorLines);
    }

    [TestMethod]
    public void ExitsWithTwoForAnUnknownFormat()
    {
        using var cli = new CliHarness();

        var run = cli.Run("check", "--format", "xml");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: Argument 'xml' not recognized. Must be one of:\n\t'text'\n\t'github'", run.ErrorLines[0] + "\n" + run.ErrorLines[1] + "\n" + run.ErrorLines[2]);
    }

    [TestMethod]
    public void ShowsTheHelpWithTheDocsExitCodesAndAnExampleWithoutACommand()
    {
        using var cli = new CliHarness();

        var run = cli.Run();

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("", run.Error);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("  init <dir>", run.Output);
        Assert.Contains("  statusgen init my-status --title \"Acme Status\" --component api=API\n", run.Output);
        Assert.Contains("Exit codes: 0 success, 1 content errors (printed as path:line:col), 2 usage error,", run.Output);
        Assert.Contains("Documentation: https://github.com/statusgen/statusgen/tree/main/docs", run.Output);
    }

    [TestMethod]
    public void ShowsTheExampleOnlyUnderTheRootHelp()
    {
        using var cli = new CliHarness();

        var run = cli.Run("check", "--help");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.DoesNotContain("Exit codes:", run.Output);
    }

    [TestMethod]
    [DataRow(new[] { "biuld" }, "statusgen: Unrecognized command or argument 'biuld' (did you mean 'build'?).")]
    [DataRow(new[] { "new", "incidnt" }, "statusgen: Unrecognized command or argument 'incidnt' (did you mean 'incident'?).")]
    [DataRow(new[] { "check", "--stirct" }, "statusgen: Unrecognized command or argument '--stirct' (did you mean '--strict'?).")]
    public void SuggestsTheCommandOrOptionMeantForAMistypedOne(string[] args, string expected)
    {
        using var cli = new CliHarness();

        var run = cli.Run(args);

        Assert.AreEqual(2, run.ExitCode);
        CollectionAssert.AreEqual(new[] { expected, "Run 'statusgen --help' for usage." }, run.ErrorLines);
    }

    [TestMethod]
    public void PrintsTheVersion()
    {
        using var cli = new CliHarness();

        var run = cli.Run("--version");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("0.1.0\n", run.Output);
    }

    [TestMethod]
    [DataRow("--help")]
    [DataRow("build", "--help")]
    [DataRow("check", "--help")]
    [DataRow("new", "--help")]
    [DataRow("new", "incident", "--help")]
    [DataRow("new", "maintenance", "-h")]
    [DataRow("init", "--help")]
    public void PrintsHelpForEveryCommand(params string[] args)
    {
        using var cli = new CliHarness();

        var run = cli.Run(args);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.Contains("Usage:", run.Output);
    }
}
