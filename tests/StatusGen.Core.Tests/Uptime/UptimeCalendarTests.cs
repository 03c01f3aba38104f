using StatusGen.Model;
using StatusGen.Uptime;
using static StatusGen.Tests.Uptime.UptimeFixtures;

namespace StatusGen.Tests.Uptime;

/// <summary>Days cut at local midnight, tracking from since, the windows, months, groups and the page-wide figure.</summary>
[TestClass]
public sealed class UptimeCalendarTests
{
    private static readonly DateTimeOffset Now = At("2026-11-22T12:00:00Z");

    private static DayUptime DayOf(UptimeReport report, string componentId, string date) =>
        report.For(componentId)!.Days.Single(d => d.Date == Day(date));

    [TestMethod]
    public void CutsDaysAtLocalMidnight()
    {
        var site = Site(
            [Component("api")],
            [Incident("2026-11-19-night", At("2026-11-19T22:00:00Z"), At("2026-11-20T01:00:00Z"), ("api", ComponentStatus.MajorOutage))],
            zone: Berlin);

        var report = UptimeCalculator.Compute(site, Now);

        Assert.AreEqual(60, DayOf(report, "api", "2026-11-19").MajorOutageMinutes, 1e-9, "22:00Z is 23:00 in Berlin");
        Assert.AreEqual(120, DayOf(report, "api", "2026-11-20").MajorOutageMinutes, 1e-9);
    }

    [TestMethod]
    public void GivesBerlinDaylightSavingDaysTheirRealLength()
    {
        var report = UptimeCalculator.Compute(Site([Component("api")], zone: Berlin, uptime: new UptimeSettings { WindowDays = 365 }), Now);

        Assert.AreEqual(1380, DayOf(report, "api", "2026-03-29").TrackedMinutes, 1e-9);
        Assert.AreEqual(1500, DayOf(report, "api", "2026-10-25").TrackedMinutes, 1e-9);
        Assert.AreEqual(1440, DayOf(report, "api", "2026-10-26").TrackedMinutes, 1e-9);
    }

    [TestMethod]
    public void SplitsAnOutageOverTheDaylightSavingNightExactly()
    {
        // 00:00-04:00 local on 2026-10-25 is 22:00Z-03:00Z: five real hours, all on the 25-hour day.
        var site = Site(
            [Component("api")],
            [Incident("2026-10-25-night", At("2026-10-24T22:00:00Z"), At("2026-10-25T03:00:00Z"), ("api", ComponentStatus.MajorOutage))],
            zone: Berlin);

        var day = DayOf(UptimeCalculator.Compute(site, Now), "api", "2026-10-25");

        Assert.AreEqual(300, day.MajorOutageMinutes, 1e-9);
        Assert.AreEqual(100 * 1200.0 / 1500, day.Uptime!.Value, 1e-9);
    }

    [TestMethod]
    public void StartsADayWhoseMidnightWasSkippedAtItsFirstValidInstant()
    {
        // Sao Paulo jumped from 2018-11-04 00:00 to 01:00 (03:00Z): that day has 23 hours and starts at 01:00 local.
        var saoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
        var site = Site(
            [Component("api")],
            [Incident("2018-11-03-x", At("2018-11-04T02:30:00Z"), At("2018-11-04T03:30:00Z"), ("api", ComponentStatus.MajorOutage))],
            zone: saoPaulo);

        var report = UptimeCalculator.Compute(site, At("2018-11-10T12:00:00Z"));

        Assert.AreEqual(1380, DayOf(report, "api", "2018-11-04").TrackedMinutes, 1e-9);
        Assert.AreEqual(30, DayOf(report, "api", "2018-11-03").MajorOutageMinutes, 1e-9);
        Assert.AreEqual(30, DayOf(report, "api", "2018-11-04").MajorOutageMinutes, 1e-9);
    }

    [TestMethod]
    public void ReportsNoDataBeforeTheComponentsSinceDayAndLeavesItOutOfTheWindows()
    {
        var site = Site(
            [Component("api", since: Day("2026-11-20"))],
            [
                Incident("2026-11-19-before", At("2026-11-19T10:00:00Z"), At("2026-11-19T12:00:00Z"), ("api", ComponentStatus.MajorOutage)),
                Incident("2026-11-21-after", At("2026-11-21T00:00:00Z"), At("2026-11-21T01:00:00Z"), ("api", ComponentStatus.MajorOutage)),
            ],
            zone: Berlin);

        var report = UptimeCalculator.Compute(site, Now);
        var api = report.For("api")!;
        var before = DayOf(report, "api", "2026-11-19");

        Assert.IsNull(before.Uptime);
        Assert.IsFalse(before.HasData);
        Assert.AreEqual(0, before.TrackedMinutes);
        Assert.AreEqual(0, before.MajorOutageMinutes);
        Assert.IsEmpty(before.IncidentSlugs);
        Assert.AreEqual(1440, DayOf(report, "api", "2026-11-20").TrackedMinutes, 1e-9);
        var tracked = 1440 + 1440 + (13 * 60); // Nov 20, Nov 21, Nov 22 until 13:00 local
        Assert.AreEqual(100.0 * (tracked - 60) / tracked, api.Last7Days!.Value, 1e-9);
        Assert.AreEqual(api.Last7Days, api.Last365Days);
        Assert.IsNull(api.Months[0].Uptime);
    }

    [TestMethod]
    public void ReportsNoDataAtAllForAComponentTrackedFromTomorrow()
    {
        var report = UptimeCalculator.Compute(Site([Component("api", since: Day("2026-11-23")), Component("web")]), Now);

        Assert.IsNull(report.For("api")!.Window);
        Assert.IsTrue(report.For("api")!.Days.All(d => !d.HasData));
        Assert.AreEqual(100, report.Overall, "the page-wide figure is over components with data");
    }

    [TestMethod]
    public void DefinesWindowsAsTheLastNCalendarDaysIncludingToday()
    {
        var site = Site(
            [Component("api")],
            [Incident("2026-11-15-x", At("2026-11-15T12:00:00Z"), At("2026-11-15T13:00:00Z"), ("api", ComponentStatus.MajorOutage))]);

        var api = UptimeCalculator.Compute(site, Now).For("api")!;

        Assert.AreEqual(100, api.Last7Days, "Nov 16..22 excludes Nov 15");
        Assert.AreEqual(100 * (1 - (60 / ((29 * 1440.0) + 720))), api.Last30Days!.Value, 1e-9);
        Assert.HasCount(90, api.Days);
        Assert.AreEqual(Day("2026-11-22"), api.Days[^1].Date);
        Assert.AreEqual(Day("2026-08-25"), api.Days[0].Date);
        Assert.AreEqual(api.Last90Days, api.Window);
    }

    [TestMethod]
    public void GivesTheLastTwelveCalendarMonthsOldestFirst()
    {
        var site = Site(
            [Component("api")],
            [Incident("2026-02-10-x", At("2026-02-10T12:00:00Z"), At("2026-02-10T14:00:00Z"), ("api", ComponentStatus.MajorOutage))]);

        var months = UptimeCalculator.Compute(site, Now).For("api")!.Months;

        Assert.HasCount(12, months);
        Assert.AreEqual((2025, 12), (months[0].Year, months[0].Month));
        Assert.AreEqual((2026, 11), (months[^1].Year, months[^1].Month));
        var february = months.Single(m => m.Month == 2);
        Assert.AreEqual(28 * 1440, february.TrackedMinutes, 1e-9);
        Assert.AreEqual(120, february.DowntimeMinutes, 1e-9);
        Assert.AreEqual(100 * (1 - (120 / (28 * 1440.0))), february.Uptime!.Value, 1e-9);
        Assert.AreEqual((21 * 1440) + 720, months[^1].TrackedMinutes, 1e-9, "the current month counts until now");
    }

    [TestMethod]
    public void AveragesGroupsAndThePageOverComponentsWithData()
    {
        var site = Site(
            [Component("api", "Core"), Component("web", "Core"), Component("new", "Core", since: Day("2027-01-01")), Component("docs")],
            [Incident("2026-11-20-x", At("2026-11-20T00:00:00Z"), At("2026-11-21T00:00:00Z"), ("api", ComponentStatus.MajorOutage))],
            uptime: new UptimeSettings { WindowDays = 7 });

        var report = UptimeCalculator.Compute(site, Now);
        var api = report.For("api")!.Window!.Value;

        Assert.AreEqual(100 * (1 - (1440 / ((6 * 1440.0) + 720))), api, 1e-9);
        var core = report.Groups.Single();
        Assert.AreEqual("Core", core.Name);
        CollectionAssert.AreEqual(new[] { "api", "web", "new" }, core.ComponentIds.ToArray());
        Assert.AreEqual((api + 100) / 2, core.Window!.Value, 1e-9);
        Assert.AreEqual((api + 100 + 100) / 3, report.Overall!.Value, 1e-9);
    }

    [TestMethod]
    public void ReportsNullForTodayWhenTheBuildRunsAtLocalMidnight()
    {
        var api = UptimeCalculator.Compute(Site([Component("api")]), At("2026-11-22T00:00:00Z")).For("api")!;

        Assert.IsNull(api.Days[^1].Uptime);
        Assert.AreEqual(100, api.Days[^2].Uptime);
    }
}
