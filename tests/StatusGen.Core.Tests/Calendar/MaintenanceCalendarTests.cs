using StatusGen.Building;
using StatusGen.Calendar;
using StatusGen.Model;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Calendar;

[TestClass]
public sealed class MaintenanceCalendarTests
{
    private static ICalendarReader.Component Read(SiteSnapshot snapshot) =>
        ICalendarReader.Read(new MaintenanceCalendarGenerator().Generate(snapshot).File("maintenance.ics").Bytes);

    private static SiteSnapshot Site(int extraUpdates = 0, string now = "2026-11-10T12:00:00+01:00", params Maintenance[] more) => ChannelSites.Snapshot(
        ChannelSites.Content(ChannelSites.Site(), [ChannelSites.OngoingApiIncident()], [ChannelSites.UpcomingDatabaseMaintenance(extraUpdates), .. more]), now);

    [TestMethod]
    public void OneEventPerMaintenanceRoundTripsThroughAnUnfoldingParser()
    {
        var calendar = Read(Site());

        Assert.AreEqual("VCALENDAR", calendar.Name);
        Assert.AreEqual("2.0", calendar["VERSION"]);
        Assert.AreEqual("PUBLISH", calendar["METHOD"]);
        var maintenance = calendar.Children.Single();
        Assert.AreEqual("VEVENT", maintenance.Name);
        Assert.AreEqual("maintenance-2026-11-14-database-upgrade@status.example.com", maintenance["UID"]);
        Assert.AreEqual("20261114T210000Z", maintenance["DTSTART"]);
        Assert.AreEqual("20261115T000000Z", maintenance["DTEND"]);
        Assert.AreEqual("Maintenance: Database upgrade", ICalendarReader.Unescape(maintenance["SUMMARY"]));
        Assert.AreEqual("https://status.example.com/maintenance/2026-11-14-database-upgrade/", maintenance["URL"]);
        var description = ICalendarReader.Unescape(maintenance["DESCRIPTION"]);
        Assert.StartsWith("Affected: Database\n\nThe database cluster moves to PostgreSQL 18.\n", description);
        Assert.Contains("writes pause for up to 10 minutes; a long line that needs folding, with commas; and semicolons.", description);
    }

    [TestMethod]
    public void FoldsLongLinesWithoutSplittingMultiByteCharacters()
    {
        var title = string.Concat(Enumerable.Repeat("Datenbank-Störung ✓ 🛠 ", 12));
        var snapshot = Site(0, "2026-11-10T12:00:00+01:00",
            ChannelSites.Maintenance("2026-11-20-umlauts", title, "2026-11-20T22:00:00+01:00", "2026-11-20T23:00:00+01:00", ["db"], []));

        var events = Read(snapshot).Children;

        Assert.AreEqual($"Maintenance: {title}", ICalendarReader.Unescape(events.Single(e => e["UID"].StartsWith("maintenance-2026-11-20", StringComparison.Ordinal))["SUMMARY"]));
    }

    [TestMethod]
    public void UidStaysAndSequenceRisesWhenTheMaintenanceIsUpdated()
    {
        var before = Read(Site()).Children.Single();
        var after = Read(Site(extraUpdates: 2)).Children.Single();

        Assert.AreEqual(before["UID"], after["UID"]);
        Assert.AreEqual("1", before["SEQUENCE"]);
        Assert.AreEqual("3", after["SEQUENCE"]);
        Assert.AreEqual("20261109T090000Z", before["DTSTAMP"], "the newest update's time, not the build time");
        Assert.AreEqual("20261109T110000Z", after["DTSTAMP"]);
    }

    [TestMethod]
    public void RebuildingAtAnotherTimeWritesTheSameCalendar()
    {
        var first = new MaintenanceCalendarGenerator().Generate(Site()).File("maintenance.ics").Bytes;
        var later = new MaintenanceCalendarGenerator().Generate(Site(now: "2026-11-14T23:00:00+01:00")).File("maintenance.ics").Bytes;

        CollectionAssert.AreEqual(first, later);
    }

    [TestMethod]
    public void EscapesTextValues()
    {
        Assert.AreEqual(@"a\\b\; c\, d\ne", IcsText.Escape("a\\b; c, d\r\ne"));
    }
}
