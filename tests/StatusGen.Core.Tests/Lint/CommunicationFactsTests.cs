using StatusGen.Lint;
using StatusGen.Model;
using static StatusGen.Tests.Lint.LintSites;

namespace StatusGen.Tests.Lint;

[TestClass]
public sealed class CommunicationFactsTests
{
    [TestMethod]
    public void DescribesAResolvedIncident()
    {
        var incident = Incident(
            Impact.Major,
            TimeSpan.FromMinutes(95),
            Update(12, IncidentUpdateStatus.Investigating),
            Update(50, IncidentUpdateStatus.Monitoring),
            (TimeSpan.FromMinutes(95), IncidentUpdateStatus.Resolved, Explained));

        var facts = CommunicationFacts.Of(incident, Start.AddDays(1));

        Assert.AreEqual(new CommunicationFacts(TimeSpan.FromMinutes(12), 3, TimeSpan.FromMinutes(95), null, HasPostmortem: false), facts);
    }

    [TestMethod]
    public void MeasuresAnOngoingIncidentUpToNow()
    {
        var incident = Incident(updates: [Update(5, IncidentUpdateStatus.Investigating)]);

        var facts = CommunicationFacts.Of(incident, Start.AddMinutes(45));

        Assert.AreEqual(TimeSpan.FromMinutes(45), facts.Duration);
        Assert.AreEqual(TimeSpan.FromMinutes(40), facts.SinceLastUpdate);
    }

    [TestMethod]
    public void HasNoTimeToFirstUpdateBeforeTheFirstUpdate()
    {
        var facts = CommunicationFacts.Of(Incident(), Start.AddMinutes(3));

        Assert.IsNull(facts.TimeToFirstUpdate);
        Assert.AreEqual(0, facts.UpdateCount);
        Assert.AreEqual(TimeSpan.FromMinutes(3), facts.SinceLastUpdate);
    }
}
