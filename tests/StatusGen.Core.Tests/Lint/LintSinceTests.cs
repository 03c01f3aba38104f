using StatusGen.Lint;
using StatusGen.Model;
using static StatusGen.Tests.Lint.LintSites;

namespace StatusGen.Tests.Lint;

/// <summary>site.yml's lint.since: imported history before it is not linted; everything from it on is.</summary>
[TestClass]
public sealed class LintSinceTests
{
    private static readonly DateTimeOffset Now = Start.AddDays(30);

    private static Incident MajorWithoutPostmortem() =>
        Incident(Impact.Major, TimeSpan.FromHours(1), Update(90, IncidentUpdateStatus.Investigating), (TimeSpan.FromHours(1), IncidentUpdateStatus.Resolved, "Fixed."));

    private static string[] Codes(DateTimeOffset? since) =>
        [.. CommunicationLint.Check(With(MajorWithoutPostmortem(), new LintSettings { Since = since }), Now).Select(d => d.Code.Id).Order(StringComparer.Ordinal)];

    [TestMethod]
    public void LintsEveryIncidentWithoutSince() =>
        CollectionAssert.AreEqual(new[] { "SG0502", "SG0503", "SG0504" }, Codes(null));

    [TestMethod]
    public void SkipsAnIncidentThatStartedBeforeSince() =>
        Assert.IsEmpty(Codes(Start.AddMinutes(1)));

    [TestMethod]
    public void LintsAnIncidentThatStartsExactlyAtSince() =>
        CollectionAssert.AreEqual(new[] { "SG0502", "SG0503", "SG0504" }, Codes(Start));
}
