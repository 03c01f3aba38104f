using StatusGen.Diagnostics;
using StatusGen.Lint;
using StatusGen.Model;
using static StatusGen.Tests.Lint.LintSites;

namespace StatusGen.Tests.Lint;

[TestClass]
public sealed class CommunicationLintTests
{
    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Lint(Incident incident, DateTimeOffset now, LintSettings? settings = null) =>
        CommunicationLint.Check(With(incident, settings), now);

    private static string[] Codes(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.Code.Id)];

    [TestMethod]
    public void WarnsWhenAnOngoingIncidentIsSilentForLongerThanTheCadence()
    {
        var incident = Incident(updates: [Update(10, IncidentUpdateStatus.Investigating), Update(40, IncidentUpdateStatus.Identified)]);

        var diagnostics = Lint(incident, Start.AddMinutes(40 + 61));

        var stale = diagnostics.Single(d => d.Code == DiagnosticCodes.StaleIncident);
        Assert.AreEqual(Severity.Warning, stale.Severity);
        Assert.AreEqual(13, stale.Position.Line, "points at the newest update's heading");
        Assert.Contains("61 minutes ago (at 2026-11-10 09:40)", stale.Message);
        Assert.Contains("statusgen update 2026-11-10-api", stale.Fix!);
    }

    [TestMethod]
    public void AcceptsAnUpdateExactlyOneCadenceAgo()
    {
        var incident = Incident(updates: [Update(10, IncidentUpdateStatus.Investigating), Update(40, IncidentUpdateStatus.Identified)]);

        Assert.IsEmpty(Lint(incident, Start.AddMinutes(40 + 60)));
    }

    [TestMethod]
    public void UsesTheCadenceFromSiteYml()
    {
        var incident = Incident(updates: [Update(10, IncidentUpdateStatus.Investigating)]);
        var settings = new LintSettings { UpdateCadence = TimeSpan.FromMinutes(15) };

        CollectionAssert.AreEqual(new[] { "SG0501" }, Codes(Lint(incident, Start.AddMinutes(26), settings)));
        Assert.IsEmpty(Lint(incident, Start.AddMinutes(25), settings));
    }

    [TestMethod]
    public void NeverCallsAResolvedIncidentStale()
    {
        var incident = Incident(resolvedAfter: TimeSpan.FromMinutes(20), updates: [Update(10, IncidentUpdateStatus.Investigating), (TimeSpan.FromMinutes(20), IncidentUpdateStatus.Resolved, Explained)]);

        Assert.IsEmpty(Lint(incident, Start.AddMinutes(20 + 300)).Where(d => d.Code == DiagnosticCodes.StaleIncident));
    }

    [TestMethod]
    public void CountsAnIncidentResolvedAfterTheBuildTimeAsOngoing()
    {
        var incident = Incident(resolvedAfter: TimeSpan.FromHours(10), updates: [Update(10, IncidentUpdateStatus.Investigating)]);

        CollectionAssert.AreEqual(new[] { "SG0501" }, Codes(Lint(incident, Start.AddMinutes(10 + 61))));
    }

    [TestMethod]
    public void WarnsWhenTheFirstUpdateCameLate()
    {
        var incident = Incident(updates: [Update(31, IncidentUpdateStatus.Investigating)]);

        var late = Lint(incident, Start.AddMinutes(31)).Single();

        Assert.AreEqual(DiagnosticCodes.LateFirstUpdate, late.Code);
        Assert.AreEqual(10, late.Position.Line, "points at the earliest update's heading");
        Assert.Contains("31 minutes after the start (2026-11-10 09:00)", late.Message);
    }

    [TestMethod]
    public void AcceptsAFirstUpdateExactlyAtTheLimit()
    {
        var incident = Incident(updates: [Update(30, IncidentUpdateStatus.Investigating)]);

        Assert.IsEmpty(Lint(incident, Start.AddMinutes(30)));
    }

    [TestMethod]
    public void WarnsAboutAnIncidentWithoutAnyUpdateOnlyOnceTheLimitHasPassed()
    {
        var incident = Incident();

        Assert.IsEmpty(Lint(incident, Start.AddMinutes(30)));
        var diagnostic = Lint(incident, Start.AddMinutes(31)).Single();
        Assert.AreEqual(DiagnosticCodes.LateFirstUpdate, diagnostic.Code);
        Assert.Contains("has no update", diagnostic.Message);
    }

    [TestMethod]
    public void WarnsAboutAOneLineResolution()
    {
        var incident = Incident(
            Impact.Minor,
            TimeSpan.FromMinutes(50),
            Update(5, IncidentUpdateStatus.Investigating),
            (TimeSpan.FromMinutes(50), IncidentUpdateStatus.Resolved, "All services have been restored. Thank you for your patience!"));

        var diagnostic = Lint(incident, Start.AddHours(2)).Single();

        Assert.AreEqual(DiagnosticCodes.UnexplainedResolution, diagnostic.Code);
        Assert.AreEqual(13, diagnostic.Position.Line, "points at the Resolved heading");
    }

    [TestMethod]
    [DataRow("Resolved.")]
    [DataRow("**Fixed**")]
    [DataRow("This incident has been resolved.")]
    [DataRow("The cache was full; we cleared it.")] // seven words
    public void CountsBoilerplateAndShortTextAsUnexplained(string text) =>
        Assert.IsFalse(ResolutionText.Explains(text), $"{ResolutionText.ExplanationWords(text)} words");

    [TestMethod]
    [DataRow("The cache was full and we cleared it.")] // eight words
    [DataRow("Services have been restored. A certificate on the load balancer had expired; we renewed it.")]
    public void AcceptsAResolutionThatSaysWhatHappened(string text) =>
        Assert.IsTrue(ResolutionText.Explains(text), $"{ResolutionText.ExplanationWords(text)} words");

    [TestMethod]
    public void APostmortemExplainsAOneLineResolution()
    {
        var incident = Incident(
            Impact.Minor,
            TimeSpan.FromMinutes(50),
            Update(5, IncidentUpdateStatus.Investigating),
            (TimeSpan.FromMinutes(50), IncidentUpdateStatus.Resolved, "Fixed."),
            (TimeSpan.FromDays(1), IncidentUpdateStatus.Postmortem, Explained));

        Assert.IsEmpty(Lint(incident, Start.AddDays(2)));
    }

    [TestMethod]
    public void WarnsAboutAMajorIncidentWithoutAPostmortemAfterTheLimit()
    {
        var incident = Incident(Impact.Major, TimeSpan.FromHours(1), Update(5, IncidentUpdateStatus.Investigating), (TimeSpan.FromHours(1), IncidentUpdateStatus.Resolved, Explained));
        var resolved = Start.AddHours(1);

        Assert.IsEmpty(Lint(incident, resolved.AddDays(5)), "exactly five days is still in time");
        var diagnostic = Lint(incident, resolved.AddDays(5).AddMinutes(1)).Single();
        Assert.AreEqual(DiagnosticCodes.MissingPostmortem, diagnostic.Code);
        Assert.Contains("major incident '2026-11-10-api' was resolved 5 days ago (2026-11-10 10:00)", diagnostic.Message);
        Assert.Contains("--status Postmortem", diagnostic.Fix!);
    }

    [TestMethod]
    public void WarnsAboutACriticalIncidentButNotAMinorOneWithoutAPostmortem()
    {
        (TimeSpan, IncidentUpdateStatus, string)[] updates = [Update(5, IncidentUpdateStatus.Investigating), (TimeSpan.FromHours(1), IncidentUpdateStatus.Resolved, Explained)];
        var now = Start.AddDays(30);

        CollectionAssert.AreEqual(new[] { "SG0504" }, Codes(Lint(Incident(Impact.Critical, TimeSpan.FromHours(1), updates), now)));
        Assert.IsEmpty(Lint(Incident(Impact.Minor, TimeSpan.FromHours(1), updates), now));
    }

    [TestMethod]
    public void APostmortemSatisfiesTheMajorIncidentRule()
    {
        var incident = Incident(
            Impact.Critical,
            TimeSpan.FromHours(1),
            Update(5, IncidentUpdateStatus.Investigating),
            (TimeSpan.FromHours(1), IncidentUpdateStatus.Resolved, Explained),
            (TimeSpan.FromDays(3), IncidentUpdateStatus.Postmortem, Explained));

        Assert.IsEmpty(Lint(incident, Start.AddDays(30)));
    }

    [TestMethod]
    public void IgnoresAnIncidentThatStartsAfterTheBuildTime() =>
        Assert.IsEmpty(Lint(Incident(), Start.AddMinutes(-5)));

    [TestMethod]
    public void PointsAtTheStartedKeyWhenThereIsNoUpdate()
    {
        var started = new SourcePosition("content/incidents/2026-11-10-api.md", 3, 10);
        var incident = Incident() with
        {
            SourceMap = new IncidentSourceMap
            {
                FrontMatter = new SourcePosition("content/incidents/2026-11-10-api.md", 1, 1),
                Title = new SourcePosition("content/incidents/2026-11-10-api.md", 2, 8),
                Started = started,
                Components = [],
                Body = new SourcePosition("content/incidents/2026-11-10-api.md", 8, 1),
            },
        };

        var diagnostics = Lint(incident, Start.AddMinutes(90));

        CollectionAssert.AreEqual(new[] { "SG0501", "SG0502" }, Codes(diagnostics));
        Assert.IsTrue(diagnostics.All(d => d.Position == started));
    }
}
