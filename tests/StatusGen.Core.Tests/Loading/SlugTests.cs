using StatusGen.Loading;

namespace StatusGen.Tests.Loading;

/// <summary>One slug function for 'new' and both importers: German folding first, then AnyAscii's transliteration.</summary>
[TestClass]
public sealed class SlugTests
{
    [TestMethod]
    [DataRow("Störung in Zürich", "stoerung-in-zuerich")]
    [DataRow("Łódź", "lodz")]
    [DataRow("Ærø Øresund", "aero-oresund")]
    [DataRow("Сбой API", "sboy-api")]
    [DataRow("Straße gesperrt: ÄÖÜ", "strasse-gesperrt-aeoeue")]
    [DataRow("Elevated API errors", "elevated-api-errors")]
    public void FoldsGermanThenTransliteratesEveryOtherScript(string title, string expected) =>
        Assert.AreEqual(expected, Slug.From(title, "incident"));

    [TestMethod]
    public void FallsBackWhenNothingIsLeft() => Assert.AreEqual("incident", Slug.From("!!!", "incident"));
}
