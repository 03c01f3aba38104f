using StatusGen.Diagnostics;

namespace StatusGen.Tests.Diagnostics;

[TestClass]
public sealed class DidYouMeanTests
{
    [TestMethod]
    public void SuggestsTheClosestNameIncludingSwappedLetters()
    {
        Assert.AreEqual("tracking", DidYouMean.Find("trackng", ["api", "tracking", "web"]));
        Assert.AreEqual("title", DidYouMean.Find("titel", ["title", "started"]));
        Assert.AreEqual("Europe/Berlin", DidYouMean.Find("europe/berlin", ["Europe/Berlin", "Europe/Bern"]));
    }

    [TestMethod]
    public void SuggestsTheOnlyNameThatStartsWithTheInput()
    {
        Assert.AreEqual("partial_outage", DidYouMean.Find("partial", ["degraded_performance", "partial_outage", "major_outage"]));
        Assert.IsNull(DidYouMean.Find("ma", ["major_outage", "maintenance"]));
    }

    [TestMethod]
    public void SuggestsNothingForAnUnrelatedName()
    {
        Assert.IsNull(DidYouMean.Find("database", ["api", "web"]));
        Assert.AreEqual("use one of: api, web", DidYouMean.Fix("database", ["api", "web"]));
        Assert.AreEqual("none are defined", DidYouMean.Fix("x", []));
    }

    [TestMethod]
    public void CountsEditsBetweenTwoNames()
    {
        Assert.AreEqual(0, DidYouMean.Distance("api", "api"));
        Assert.AreEqual(1, DidYouMean.Distance("ab", "ba"));
        Assert.AreEqual(3, DidYouMean.Distance("", "abc"));
        Assert.AreEqual(2, DidYouMean.Distance("kitten", "sitten") + DidYouMean.Distance("sitten", "sittin"));
    }
}
