using StatusGen.Loading;

namespace StatusGen.Tests.Loading;

[TestClass]
public sealed class TimestampsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [TestMethod]
    public void ReadsLocalTimesInTheSitesZoneWithTheOffsetInForceThatDay()
    {
        Assert.AreEqual(new DateTimeOffset(2026, 11, 10, 9, 15, 0, TimeSpan.FromHours(1)), Timestamps.Parse("2026-11-10 09:15", Berlin, out _));
        Assert.AreEqual(new DateTimeOffset(2026, 7, 10, 9, 15, 0, TimeSpan.FromHours(2)), Timestamps.Parse("2026-07-10 09:15", Berlin, out _));
    }

    [TestMethod]
    public void ReadsIso8601WithAnOffsetOrZ()
    {
        Assert.AreEqual(new DateTimeOffset(2026, 11, 10, 9, 15, 30, TimeSpan.FromHours(-5)), Timestamps.Parse("2026-11-10T09:15:30-05:00", Berlin, out _));
        Assert.AreEqual(new DateTimeOffset(2026, 11, 10, 9, 15, 0, TimeSpan.Zero), Timestamps.Parse("2026-11-10T09:15Z", Berlin, out var error));
        Assert.IsNull(error);
        Assert.AreEqual(new DateTimeOffset(2026, 11, 10, 9, 15, 30, 250, TimeSpan.FromHours(1)), Timestamps.Parse("2026-11-10T09:15:30.25+01:00", Berlin, out _));
        Assert.IsNull(Timestamps.Parse("2026-11-10T09:15:00+25:00", Berlin, out error));
        Assert.AreEqual("SG0401", error!.Code.Id);
    }

    [TestMethod]
    public void FormatsTheShortLocalFormUnlessItWouldBeAmbiguous()
    {
        var fold = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero);

        Assert.AreEqual("2026-11-10 09:15", Timestamps.Format(new DateTimeOffset(2026, 11, 10, 8, 15, 0, TimeSpan.Zero), Berlin));
        Assert.AreEqual("2026-10-25T02:30:00+02:00", Timestamps.Format(fold, Berlin));
        Assert.AreEqual(fold, Timestamps.Parse(Timestamps.Format(fold, Berlin), Berlin, out _));
    }

    [TestMethod]
    public void RejectsSecondsThatDoNotExist()
    {
        Assert.IsNull(Timestamps.Parse("2026-11-10 24:00", Berlin, out var error));
        Assert.AreEqual("SG0401", error!.Code.Id);
    }
}
