using StatusGen.Model;
using StatusGen.Status;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Status;

[TestClass]
public sealed class StatusResolverTests
{
    private static SiteStatus Resolve(string now, params Incident[] incidents) =>
        StatusResolver.Resolve(ChannelSites.Content(ChannelSites.Site(), incidents, []), ChannelSites.At(now));

    [TestMethod]
    public void AComponentFollowsItsIncidentsTimelineNotTheWorstItReached()
    {
        var status = Resolve("2026-11-10T12:00:00+01:00", ChannelSites.OngoingApiIncident());

        Assert.AreEqual(ComponentStatus.DegradedPerformance, status.Of("api"), "major outage until 11:20, degraded since");
        Assert.AreEqual(ComponentStatus.DegradedPerformance, status.Of("web"));
    }

    [TestMethod]
    public void TheSiteIsAsBadAsTheWorstComponentOrActiveIncident()
    {
        var ongoing = ChannelSites.OngoingApiIncident();

        var status = Resolve("2026-11-10T12:00:00+01:00", ongoing);

        Assert.AreEqual(ComponentStatus.PartialOutage, status.Of(ongoing), "a major impact is at least a partial outage");
        Assert.AreEqual(ComponentStatus.PartialOutage, status.Overall, "the card's state, though every component is only degraded");
        Assert.AreEqual(Impact.Major, status.Indicator);
    }

    [TestMethod]
    public void AnIncidentNamingNoComponentStillCounts()
    {
        var silent = ChannelSites.OngoingApiIncident() with { Components = [], Impact = Impact.Critical };

        var status = Resolve("2026-11-10T12:00:00+01:00", silent);

        Assert.AreEqual(ComponentStatus.MajorOutage, status.Overall);
        Assert.AreEqual(Impact.Critical, status.Indicator);
        Assert.IsTrue(status.Components.Values.All(s => s == ComponentStatus.Operational));
    }

    [TestMethod]
    public void AResolvedIncidentLeavesEverythingOperational()
    {
        var resolved = ChannelSites.ResolvedCdnIncident();

        var status = Resolve("2026-11-10T12:00:00+01:00", resolved);

        Assert.AreEqual(ComponentStatus.Operational, status.Overall);
        Assert.AreEqual(ComponentStatus.Operational, status.Of(resolved));
        Assert.AreEqual(ComponentStatus.Operational, StatusResolver.OfAffected(resolved, resolved.Components[0], ChannelSites.At("2026-11-10T12:00:00+01:00")));
        Assert.AreEqual(ComponentStatus.DegradedPerformance, StatusResolver.OfAffected(resolved, resolved.Components[0], ChannelSites.At("2026-11-02T04:00:00+01:00")), "while it lasted");
    }
}
