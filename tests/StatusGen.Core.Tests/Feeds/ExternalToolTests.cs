namespace StatusGen.Tests.Feeds;

[TestClass]
public sealed class ExternalToolTests
{
    [TestMethod]
    public void AMissingValidatorFailsTheTestInCi()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => ExternalTool.Require(false, "jing", inCi: true));

        Assert.Contains("jing is not installed", failure.Message);
    }

    [TestMethod]
    public void AMissingValidatorOnlyMakesTheTestInconclusiveOutsideCi()
    {
        Assert.ThrowsExactly<AssertInconclusiveException>(() => ExternalTool.Require(false, "jing", inCi: false));
    }
}
