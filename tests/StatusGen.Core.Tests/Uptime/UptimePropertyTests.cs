using FsCheck;
using FsCheck.Fluent;
using StatusGen.Model;
using StatusGen.Uptime;

namespace StatusGen.Tests.Uptime;

[TestClass]
public sealed class UptimePropertyTests
{
    private const double Tolerance = 1e-6;

    private static UptimeReport Compute(UptimeScenario scenario) => UptimeCalculator.Compute(scenario.ToSite(), UptimeScenario.Now);

    [TestMethod]
    public void AgreesWithAMinuteByMinuteReferenceOnEveryDay() =>
        Prop.ForAll(UptimeGenerators.Scenarios(), scenario =>
        {
            var site = scenario.ToSite();
            var report = UptimeCalculator.Compute(site, UptimeScenario.Now);
            foreach (var id in UptimeScenario.ComponentIds)
            {
                var expected = MinuteReference.Days(site, id, UptimeScenario.Now);
                foreach (var day in report.For(id)!.Days)
                {
                    var want = expected.GetValueOrDefault(day.Date);
                    Assert.AreEqual(want.Tracked, day.TrackedMinutes, Tolerance, $"{id} {day.Date} tracked");
                    Assert.AreEqual(want.Major, day.MajorOutageMinutes, Tolerance, $"{id} {day.Date} major");
                    Assert.AreEqual(want.Partial, day.PartialOutageMinutes, Tolerance, $"{id} {day.Date} partial");
                    Assert.AreEqual(want.Degraded, day.DegradedMinutes, Tolerance, $"{id} {day.Date} degraded");
                    Assert.AreEqual(want.Maintenance, day.MaintenanceMinutes, Tolerance, $"{id} {day.Date} maintenance");
                    Assert.AreEqual(want.Worst, day.WorstStatus, $"{id} {day.Date} worst status");
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [TestMethod]
    public void AgreesWithTheReferenceForABusyComponent()
    {
        // Hundreds of overlapping incidents take the sweep's radix-sort path, which small random sites never reach.
        var random = new Random(20261030);
        var statuses = new[] { ComponentStatus.DegradedPerformance, ComponentStatus.PartialOutage, ComponentStatus.MajorOutage, ComponentStatus.Operational };
        var incidents = Enumerable.Range(0, 300).Select(i =>
        {
            var started = UptimeScenario.Now.AddMinutes(-random.Next(0, 12 * 1440));
            var changes = Enumerable.Range(0, random.Next(1, 4))
                .Select(k => (At: started.AddMinutes(k * random.Next(1, 300)), Status: statuses[random.Next(k == 0 ? 3 : 4)]))
                .DistinctBy(c => c.At)
                .ToArray();
            return UptimeFixtures.Incident($"busy-{i:D3}", started, random.Next(10) == 0 ? null : started.AddMinutes(random.Next(1, 900)), [UptimeFixtures.Affected("api", changes)]);
        }).ToList();
        var site = new UptimeScenario(incidents, [], null, 0.3, CountMaintenance: false).ToSite();

        var days = UptimeCalculator.Compute(site, UptimeScenario.Now).For("api")!.Days;
        var expected = MinuteReference.Days(site, "api", UptimeScenario.Now);

        foreach (var day in days)
        {
            var want = expected[day.Date];
            Assert.AreEqual(want.Major, day.MajorOutageMinutes, Tolerance, $"{day.Date} major");
            Assert.AreEqual(want.Partial, day.PartialOutageMinutes, Tolerance, $"{day.Date} partial");
            Assert.AreEqual(want.Degraded, day.DegradedMinutes, Tolerance, $"{day.Date} degraded");
        }
    }

    [TestMethod]
    public void NeverCountsMoreMinutesThanWereTracked() =>
        Prop.ForAll(UptimeGenerators.Scenarios(), scenario => Compute(scenario).Components.SelectMany(c => c.Days).All(d =>
            d.MajorOutageMinutes + d.PartialOutageMinutes + d.DegradedMinutes + d.MaintenanceMinutes <= d.TrackedMinutes + Tolerance))
        .QuickCheckThrowOnFailure();

    [TestMethod]
    public void KeepsEveryPercentageWithinZeroAndHundred() =>
        Prop.ForAll(UptimeGenerators.Scenarios(), scenario =>
        {
            var report = Compute(scenario);
            var all = report.Components.SelectMany(c =>
                    new[] { c.Last7Days, c.Last30Days, c.Last90Days, c.Last365Days, c.Window }
                        .Concat(c.Days.Select(d => d.Uptime))
                        .Concat(c.Months.Select(m => m.Uptime)))
                .Concat(report.Groups.Select(g => g.Window))
                .Append(report.Overall);
            return all.All(p => p is null or (>= 0 and <= 100));
        }).QuickCheckThrowOnFailure();

    [TestMethod]
    public void NeverRaisesUptimeWhenAnIncidentIsAdded() =>
        Prop.ForAll(UptimeGenerators.Scenarios(), UptimeGenerators.Incident(99).ToArbitrary(), (scenario, extra) =>
        {
            var before = Compute(scenario);
            var after = UptimeCalculator.Compute(scenario.ToSite([.. scenario.Incidents, extra]), UptimeScenario.Now);
            return before.Components.Zip(after.Components).All(pair =>
                NotHigher(pair.First.Window, pair.Second.Window)
                && NotHigher(pair.First.Last365Days, pair.Second.Last365Days)
                && pair.First.Days.Zip(pair.Second.Days).All(d => NotHigher(d.First.Uptime, d.Second.Uptime))
                && pair.First.Months.Zip(pair.Second.Months).All(m => NotHigher(m.First.Uptime, m.Second.Uptime)));
        }).QuickCheckThrowOnFailure();

    [TestMethod]
    public void LeavesDaysBeforeSinceWithoutDataAndOutOfTheWindow() =>
        Prop.ForAll(UptimeGenerators.Scenarios(), scenario =>
        {
            var api = Compute(scenario).For("api")!;
            var since = scenario.ApiSince ?? DateOnly.MinValue;
            var before = api.Days.Where(d => d.Date < since).ToList();
            var tracked = api.Days.Where(d => d.Date >= since).Sum(d => d.TrackedMinutes);
            var downtime = api.Days.Where(d => d.Date >= since).Sum(d => d.DowntimeMinutes);
            var expected = tracked > 0 ? Math.Clamp(100 * (tracked - downtime) / tracked, 0, 100) : (double?)null;
            return before.All(d => d.Uptime is null && d.TrackedMinutes == 0 && d.DowntimeMinutes == 0 && d.IncidentSlugs.Count == 0)
                && Near(expected, api.Window);
        }).QuickCheckThrowOnFailure();

    [TestMethod]
    public void AppliesTheWeightAndTheMaintenanceSwitchToEveryDay() =>
        Prop.ForAll(UptimeGenerators.Scenarios(), scenario => Compute(scenario).Components.SelectMany(c => c.Days).All(d =>
            Math.Abs(d.DowntimeMinutes - (d.MajorOutageMinutes + (scenario.PartialOutageWeight * d.PartialOutageMinutes)
                + (scenario.CountMaintenance ? d.MaintenanceMinutes : 0))) < Tolerance))
        .QuickCheckThrowOnFailure();

    [TestMethod]
    public void ExplainsExactlyTheDowntimeOfEveryDay() =>
        Prop.ForAll(UptimeGenerators.Scenarios(), scenario =>
        {
            var site = scenario.ToSite();
            var report = UptimeCalculator.Compute(site, UptimeScenario.Now);
            foreach (var id in UptimeScenario.ComponentIds)
            {
                var shares = UptimeExplainer.Explain(site, UptimeScenario.Now, id, UptimeScenario.WindowDays);
                foreach (var day in report.For(id)!.Days)
                {
                    var mine = shares.Where(s => s.Date == day.Date).ToList();
                    Assert.AreEqual(day.DowntimeMinutes, mine.Sum(s => s.DowntimeMinutes), Tolerance, $"{id} {day.Date} downtime");
                    Assert.AreEqual(day.DegradedMinutes, mine.Sum(s => s.DegradedMinutes), Tolerance, $"{id} {day.Date} degraded");
                    Assert.AreEqual(day.MaintenanceMinutes, mine.Sum(s => s.MaintenanceMinutes), Tolerance, $"{id} {day.Date} maintenance");
                    CollectionAssert.IsSubsetOf(
                        mine.Where(s => !s.IsMaintenance).Select(s => s.Slug).ToList(),
                        day.IncidentSlugs.ToList(),
                        $"{id} {day.Date}: an incident that took minutes is listed for the day");
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    private static bool NotHigher(double? before, double? after) =>
        (before, after) switch
        {
            (null, null) => true,
            ({ } b, { } a) => a <= b + Tolerance,
            _ => false,
        };

    private static bool Near(double? expected, double? actual) =>
        (expected, actual) switch
        {
            (null, null) => true,
            ({ } e, { } a) => Math.Abs(e - a) < Tolerance,
            _ => false,
        };
}
