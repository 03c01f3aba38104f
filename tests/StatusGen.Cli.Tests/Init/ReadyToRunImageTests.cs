namespace StatusGen.Cli.Tests.Init;

/// <summary>The check the installed-tool test relies on, against assemblies whose kind is known.</summary>
[TestClass]
public sealed class ReadyToRunImageTests
{
    [TestMethod]
    public void RecognisesTheRuntimesPrecompiledCoreLibrary()
    {
        using var file = File.OpenRead(typeof(object).Assembly.Location);
        Assert.IsTrue(ReadyToRunImage.IsPrecompiled(file));
    }

    [TestMethod]
    public void RecognisesAPlainBuildOfTheCliAsIlOnly()
    {
        using var file = File.OpenRead(typeof(StatusGenCli).Assembly.Location);
        Assert.IsFalse(ReadyToRunImage.IsPrecompiled(file));
    }
}
