using FsCheck;
using FsCheck.Fluent;
using StatusGen.Model;
using static StatusGen.Tests.Uptime.UptimeFixtures;

namespace StatusGen.Tests.Uptime;

/// <summary>A random site for property tests: two components, incidents with timelines, maintenance, a since day.</summary>
public sealed record UptimeScenario(
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<Maintenance> Maintenances,
    DateOnly? ApiSince,
    double PartialOutageWeight,
    bool CountMaintenance)
{
    /// <summary>Within the window, which holds Berlin's 25-hour day (2026-10-25).</summary>
    public static readonly DateTimeOffset Now = At("2026-10-30T10:17:00Z");

    public const int WindowDays = 10;

    public static readonly string[] ComponentIds = ["api", "web"];

    public SiteContent ToSite(IReadOnlyList<Incident>? incidents = null) => Site(
        [Component("api", "Core", ApiSince), Component("web", "Core")],
        incidents ?? Incidents,
        Maintenances,
        Berlin,
        new UptimeSettings { WindowDays = WindowDays, PartialOutageWeight = PartialOutageWeight, CountMaintenance = CountMaintenance });

    public override string ToString() =>
        $"since {ApiSince}, weight {PartialOutageWeight}, countMaintenance {CountMaintenance}; "
        + string.Join("; ", Incidents.Select(i => $"{i.Slug} {i.Started:u}..{i.Resolved:u} "
            + string.Join(" ", i.Components.Select(c => c.ComponentId + "[" + string.Join(",", c.Changes.Select(x => $"{x.At:HH:mm}={x.Status}")) + "]"))))
        + "; " + string.Join("; ", Maintenances.Select(m => $"{m.Slug} {m.Scheduled:u}..{m.Until:u} {string.Join(",", m.ComponentIds)}"));
}

public static class UptimeGenerators
{
    private const int SpanMinutes = 12 * 1440;

    private static readonly ComponentStatus[] Outages =
        [ComponentStatus.DegradedPerformance, ComponentStatus.PartialOutage, ComponentStatus.MajorOutage];

    private static readonly ComponentStatus[] Changes = [.. Outages, ComponentStatus.Operational];

    /// <summary>Minute-aligned, so a minute-by-minute reference is exact.</summary>
    private static Gen<DateTimeOffset> Instant(int maxMinutesBeforeNow) =>
        Gen.Choose(0, maxMinutesBeforeNow).Select(m => UptimeScenario.Now.AddMinutes(-m));

    private static Gen<AffectedComponent> Affected(string id, DateTimeOffset started, int duration) =>
        from first in Gen.Elements(Outages)
        from later in Gen.ListOf(Gen.Choose(1, Math.Max(1, duration)).SelectMany(_ => Gen.Elements(Changes), (offset, status) => (offset, status)), 2)
        select UptimeFixtures.Affected(
            id,
            [(started, first), .. later.OrderBy(c => c.offset).DistinctBy(c => c.offset).Select(c => (started.AddMinutes(c.offset), c.status))]);

    public static Gen<Incident> Incident(int index) =>
        from started in Instant(SpanMinutes)
        from duration in Gen.Choose(0, 2 * 1440)
        from ongoing in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        from ids in Gen.Elements<string[]>(["api"], ["web"], ["api", "web"])
        from affected in Gen.CollectToList(ids, id => Affected(id, started, duration))
        select UptimeFixtures.Incident($"i{index:D2}", started, ongoing ? null : started.AddMinutes(duration), affected);

    public static Gen<Maintenance> Maintenance(int index) =>
        from scheduled in Instant(SpanMinutes)
        from duration in Gen.Choose(1, 600)
        from ids in Gen.Elements<string[]>(["api"], ["web"], ["api", "web"])
        select UptimeFixtures.Maintenance($"m{index}", scheduled, scheduled.AddMinutes(duration), ids);

    private static Gen<List<T>> Numbered<T>(int max, Func<int, Gen<T>> item) =>
        Gen.Choose(0, max).SelectMany(count => Gen.CollectToList(Enumerable.Range(0, count), item));

    public static Gen<UptimeScenario> Scenario() =>
        from incidents in Numbered(8, Incident)
        from maintenances in Numbered(3, Maintenance)
        from sinceBack in Gen.Choose(-2, 12)
        from weight in Gen.Elements(0.0, 0.3, 0.5, 1.0)
        from countMaintenance in Gen.Elements(false, true)
        select new UptimeScenario(
            incidents,
            maintenances,
            sinceBack < 0 ? null : Day("2026-10-30").AddDays(-sinceBack),
            weight,
            countMaintenance);

    public static Arbitrary<UptimeScenario> Scenarios() => Scenario().ToArbitrary();
}
