using StatusGen.Import.Cstate;

namespace StatusGen.Core.Tests.Import;

/// <summary>Go's named layouts, which Hugo reads in cState front matter, end in a zone abbreviation such as 'MST'.</summary>
[TestClass]
public sealed class HugoDatesTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [TestMethod]
    [DataRow("Thu, 01 Feb 2024 09:06:14 UTC", "2024-02-01T09:06:14+00:00")]
    [DataRow("Thu, 01 Feb 2024 09:06:14 GMT", "2024-02-01T09:06:14+00:00")]
    [DataRow("Thu, 01 Feb 2024 09:06:14 +0100", "2024-02-01T09:06:14+01:00")]
    [DataRow("01 Feb 24 09:06 UTC", "2024-02-01T09:06:00+00:00")]
    [DataRow("Thu, 01 Feb 2024 09:06:14 MST", "2024-02-01T09:06:14+00:00")]
    public void ReadsRfc1123AndRfc822WithAZoneAbbreviationAsGoDoesInUtc(string text, string expected)
    {
        Assert.AreEqual(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HugoDates.Parse(text, TimeZoneInfo.Utc));
    }

    [TestMethod]
    public void ReadsTheSiteZonesOwnAbbreviationWithItsOffset()
    {
        Assert.AreEqual(new DateTimeOffset(2024, 2, 1, 9, 6, 14, TimeSpan.FromHours(1)), HugoDates.Parse("Thu, 01 Feb 2024 09:06:14 CET", Berlin));
        Assert.AreEqual(new DateTimeOffset(2024, 7, 1, 9, 6, 14, TimeSpan.FromHours(2)), HugoDates.Parse("Mon, 01 Jul 2024 09:06:14 CEST", Berlin));
        Assert.AreEqual(new DateTimeOffset(2024, 2, 1, 9, 6, 14, TimeSpan.Zero), HugoDates.Parse("Thu, 01 Feb 2024 09:06:14 UTC", Berlin));
    }

    [TestMethod]
    public void StillRejectsAnImpossibleTime()
    {
        Assert.IsNull(HugoDates.Parse("Thu, 01 Feb 2024 25:06:14 UTC", TimeZoneInfo.Utc));
    }
}
