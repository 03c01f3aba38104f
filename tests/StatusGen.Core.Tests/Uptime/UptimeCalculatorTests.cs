using StatusGen.Model;
using StatusGen.Uptime;
using static StatusGen.Tests.Uptime.UptimeFixtures;

namespace StatusGen.Tests.Uptime;

/// <summary>How a component's status over time becomes minutes: overlaps, weights, maintenance, timelines, ongoing incidents.</summary>
[TestClass]
public sealed class UptimeCalculatorTests
{
    private static readonly DateTimeOffset Now = At("2026-11-22T12:00:00Z");

    private static DayUptime DayOf(UptimeReport report, string componentId, string date) =>
        report.For(componentId)!.Days.Single(d => d.Date == Day(date));

    [TestMethod]
    public void CountsOverlappingIncidentsOnceWithTheWorstStatusWinning()
    {
        var site = Site(
            [Component("api")],
            [
                Incident("2026-11-20-a", At("2026-11-20T10:00:00Z"), At("2026-11-20T12:00:00Z"), ("api", ComponentStatus.MajorOutage)),
                Incident("2026-11-20-b", At("2026-11-20T11:00:00Z"), At("2026-11-20T13:00:00Z"), ("api", ComponentStatus.PartialOutage)),
                Incident("2026-11-20-c", At("2026-11-20T10:30:00Z"), At("2026-11-20T11:30:00Z"), ("api", ComponentStatus.MajorOutage)),
            ]);

        var day = DayOf(UptimeCalculator.Compute(site, Now), "api", "2026-11-20");

        Assert.AreEqual(120, day.MajorOutageMinutes, 1e-9);
        Assert.AreEqual(60, day.PartialOutageMinutes, 1e-9);
        Assert.AreEqual(120 + (0.3 * 60), day.DowntimeMinutes, 1e-9);
        Assert.AreEqual(100 * (1440 - 138.0) / 1440, day.Uptime!.Value, 1e-9);
        Assert.AreEqual(ComponentStatus.MajorOutage, day.WorstStatus);
    }

    [TestMethod]
    public void WeighsPartialOutageMinutesWithTheConfiguredWeight()
    {
        var incident = Incident("2026-11-20-p", At("2026-11-20T00:00:00Z"), At("2026-11-20T01:40:00Z"), ("api", ComponentStatus.PartialOutage));

        var half = DayOf(UptimeCalculator.Compute(Site([Component("api")], [incident], uptime: new UptimeSettings { PartialOutageWeight = 0.5 }), Now), "api", "2026-11-20");
        var none = DayOf(UptimeCalculator.Compute(Site([Component("api")], [incident], uptime: new UptimeSettings { PartialOutageWeight = 0 }), Now), "api", "2026-11-20");

        Assert.AreEqual(50, half.DowntimeMinutes, 1e-9);
        Assert.AreEqual(100 * 1390.0 / 1440, half.Uptime!.Value, 1e-9);
        Assert.AreEqual(100, none.Uptime);
        Assert.AreEqual(100, none.PartialOutageMinutes, 1e-9);
    }

    [TestMethod]
    public void ShowsDegradedPerformanceWithoutCountingItAsDowntime()
    {
        var site = Site([Component("api")], [Incident("2026-11-20-slow", At("2026-11-20T08:00:00Z"), At("2026-11-20T10:00:00Z"), ("api", ComponentStatus.DegradedPerformance))]);

        var day = DayOf(UptimeCalculator.Compute(site, Now), "api", "2026-11-20");

        Assert.AreEqual(120, day.DegradedMinutes, 1e-9);
        Assert.AreEqual(0, day.DowntimeMinutes);
        Assert.AreEqual(100, day.Uptime);
        Assert.AreEqual(ComponentStatus.DegradedPerformance, day.WorstStatus);
    }

    [TestMethod]
    public void CountsMaintenanceAsDowntimeOnlyWhenTheSwitchIsOn()
    {
        var window = Maintenance("2026-11-20-db", At("2026-11-20T02:00:00Z"), At("2026-11-20T04:00:00Z"), "api");

        var off = DayOf(UptimeCalculator.Compute(Site([Component("api")], maintenances: [window]), Now), "api", "2026-11-20");
        var on = DayOf(UptimeCalculator.Compute(Site([Component("api")], maintenances: [window], uptime: new UptimeSettings { CountMaintenance = true }), Now), "api", "2026-11-20");

        Assert.AreEqual(120, off.MaintenanceMinutes, 1e-9);
        Assert.AreEqual(100, off.Uptime);
        Assert.AreEqual(ComponentStatus.UnderMaintenance, off.WorstStatus);
        Assert.AreEqual(120, on.DowntimeMinutes, 1e-9);
        Assert.AreEqual(100 * 1320.0 / 1440, on.Uptime!.Value, 1e-9);
    }

    [TestMethod]
    public void LetsAnIncidentDuringMaintenanceOverrideTheMaintenanceMinutes()
    {
        var site = Site(
            [Component("api")],
            [Incident("2026-11-20-x", At("2026-11-20T03:00:00Z"), At("2026-11-20T05:00:00Z"), ("api", ComponentStatus.MajorOutage))],
            [Maintenance("2026-11-20-db", At("2026-11-20T02:00:00Z"), At("2026-11-20T04:00:00Z"), "api")]);

        var day = DayOf(UptimeCalculator.Compute(site, Now), "api", "2026-11-20");

        Assert.AreEqual(60, day.MaintenanceMinutes, 1e-9);
        Assert.AreEqual(120, day.MajorOutageMinutes, 1e-9);
    }

    [TestMethod]
    public void CountsAPartialOutageDuringCountedMaintenanceAsMaintenance()
    {
        // Otherwise the incident would turn 60 full downtime minutes into 60 x 0.3 and raise uptime.
        var site = Site(
            [Component("api")],
            [Incident("2026-11-20-x", At("2026-11-20T03:00:00Z"), At("2026-11-20T05:00:00Z"), ("api", ComponentStatus.PartialOutage))],
            [Maintenance("2026-11-20-db", At("2026-11-20T02:00:00Z"), At("2026-11-20T04:00:00Z"), "api")],
            uptime: new UptimeSettings { CountMaintenance = true });

        var day = DayOf(UptimeCalculator.Compute(site, Now), "api", "2026-11-20");

        Assert.AreEqual(120, day.MaintenanceMinutes, 1e-9);
        Assert.AreEqual(60, day.PartialOutageMinutes, 1e-9);
        Assert.AreEqual(120 + 18, day.DowntimeMinutes, 1e-9);
        Assert.AreEqual(ComponentStatus.PartialOutage, day.WorstStatus, "the bar still shows the worst state reached");
    }

    [TestMethod]
    public void HonoursStatusTimelinesIncludingEarlyRecovery()
    {
        var started = At("2026-11-10T09:15:00+01:00");
        var site = Site(
            [Component("api")],
            [Incident("2026-11-10-api", started, At("2026-11-10T15:10:00+01:00"),
                [Affected("api",
                    (started, ComponentStatus.MajorOutage),
                    (At("2026-11-10T11:20:00+01:00"), ComponentStatus.DegradedPerformance),
                    (At("2026-11-10T14:00:00+01:00"), ComponentStatus.Operational))])],
            zone: Berlin);

        var day = DayOf(UptimeCalculator.Compute(site, Now), "api", "2026-11-10");

        Assert.AreEqual(125, day.MajorOutageMinutes, 1e-9);
        Assert.AreEqual(160, day.DegradedMinutes, 1e-9);
        Assert.AreEqual(125, day.DowntimeMinutes, 1e-9);
    }

    [TestMethod]
    public void CountsAnOngoingIncidentUntilTheBuildsTime()
    {
        var site = Site(
            [Component("api")],
            [
                Incident("2026-11-22-down", At("2026-11-22T10:00:00Z"), null, ("api", ComponentStatus.MajorOutage)),
                Incident("2026-11-21-late", At("2026-11-21T23:00:00Z"), At("2026-11-23T00:00:00Z"), ("api", ComponentStatus.PartialOutage)),
            ]);

        var report = UptimeCalculator.Compute(site, Now);
        var today = DayOf(report, "api", "2026-11-22");

        Assert.AreEqual(720, today.TrackedMinutes, 1e-9, "today counts only until the build's time");
        Assert.AreEqual(120, today.MajorOutageMinutes, 1e-9);
        Assert.AreEqual(600, today.PartialOutageMinutes, 1e-9, "a resolution after the build's time also stops at now");
        Assert.AreEqual(60, DayOf(report, "api", "2026-11-21").PartialOutageMinutes, 1e-9);
    }

    [TestMethod]
    public void ListsEveryIncidentTouchingADayNewestFirstEvenWhenOverlapped()
    {
        var site = Site(
            [Component("api"), Component("web")],
            [
                Incident("2026-11-20-big", At("2026-11-20T10:00:00Z"), At("2026-11-20T14:00:00Z"), ("api", ComponentStatus.MajorOutage)),
                Incident("2026-11-20-small", At("2026-11-20T11:00:00Z"), At("2026-11-20T12:00:00Z"), ("api", ComponentStatus.DegradedPerformance), ("web", ComponentStatus.MajorOutage)),
                Incident("2026-11-19-long", At("2026-11-19T20:00:00Z"), At("2026-11-20T10:30:00Z"), ("api", ComponentStatus.PartialOutage)),
            ]);

        var report = UptimeCalculator.Compute(site, Now);

        CollectionAssert.AreEqual(new[] { "2026-11-20-small", "2026-11-20-big", "2026-11-19-long" }, DayOf(report, "api", "2026-11-20").IncidentSlugs.ToArray());
        CollectionAssert.AreEqual(new[] { "2026-11-19-long" }, DayOf(report, "api", "2026-11-19").IncidentSlugs.ToArray());
        CollectionAssert.AreEqual(new[] { "2026-11-20-small" }, DayOf(report, "web", "2026-11-20").IncidentSlugs.ToArray());
        Assert.IsEmpty(DayOf(report, "web", "2026-11-19").IncidentSlugs);
    }

    [TestMethod]
    public void OrdersADaysIncidentsNewestFirstWhateverTheContentOrder()
    {
        var site = Site(
            [Component("api")],
            [
                Incident("2026-11-20-b", At("2026-11-20T10:00:00Z"), At("2026-11-20T11:00:00Z"), ("api", ComponentStatus.MajorOutage)),
                Incident("2026-11-20-a", At("2026-11-20T10:00:00Z"), At("2026-11-20T11:00:00Z"), ("api", ComponentStatus.MajorOutage)),
                Incident("2026-11-20-later", At("2026-11-20T12:00:00Z"), At("2026-11-20T13:00:00Z"), ("api", ComponentStatus.DegradedPerformance)),
            ]);
        var shuffled = site with { Incidents = [site.Incidents[1], site.Incidents[2], site.Incidents[0]] };

        CollectionAssert.AreEqual(
            new[] { "2026-11-20-later", "2026-11-20-a", "2026-11-20-b" },
            DayOf(UptimeCalculator.Compute(shuffled, Now), "api", "2026-11-20").IncidentSlugs.ToArray());
    }

    [TestMethod]
    public void IgnoresIncidentsThatStartAfterTheBuildsTime()
    {
        var site = Site([Component("api")], [Incident("2026-11-23-future", At("2026-11-23T10:00:00Z"), null, ("api", ComponentStatus.MajorOutage))]);

        var api = UptimeCalculator.Compute(site, Now).For("api")!;

        Assert.AreEqual(100, api.Window);
        Assert.IsTrue(api.Days.All(d => d.IncidentSlugs.Count == 0));
    }
}
