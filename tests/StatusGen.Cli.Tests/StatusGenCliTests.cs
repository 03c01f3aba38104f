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
    public void ExitsWithTwoWithoutACommand()
    {
        using var cli = new CliHarness();

        Assert.AreEqual(2, cli.Run().ExitCode);
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
    public void PrintsHelpForEveryCommand(params string[] args)
    {
        using var cli = new CliHarness();

        var run = cli.Run(args);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.Contains("Usage:", run.Output);
    }
}
