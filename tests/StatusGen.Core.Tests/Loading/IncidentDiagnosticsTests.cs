namespace StatusGen.Tests.Loading;

/// <summary>Whole incident files, each with one kind of mistake, and the exact lines `statusgen check` prints for them.</summary>
[TestClass]
public sealed class IncidentDiagnosticsTests
{
    private const string Path = "content/incidents/2026-11-10-api.md";

    private static void AssertLines(string incident, params string[] expected)
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", incident);
        Assert.AreEqual(string.Join("\n", expected), string.Join("\n", fixture.Lines()));
    }

    [TestMethod]
    public void ReportsAnUnknownComponentWithASuggestion() => AssertLines(
        """
        ---
        title: Tracking is slow
        started: 2026-11-10 09:15
        components:
          trackng: degraded_performance
        ---
        """,
        $"{Path}:5:3: error SG0201: unknown component 'trackng' (did you mean 'tracking'?)");

    [TestMethod]
    public void ReportsAnUnknownComponentStatusAndOperationalOutsideATimeline() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        components:
          api: major_outtage
          web: operational
        ---
        """,
        $"{Path}:5:8: error SG0202: unknown component status 'major_outtage' (did you mean 'major_outage'?)",
        $"{Path}:6:8: error SG0202: 'operational' cannot be a component's status for the whole incident ('operational' only marks early recovery inside a timeline; use degraded_performance, partial_outage or major_outage)");

    [TestMethod]
    public void ReportsAnUnknownImpact() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        impact: mayor
        components:
          api: major_outage
        ---
        """,
        $"{Path}:4:9: error SG0203: unknown impact 'mayor' (did you mean 'major'?)");

    [TestMethod]
    public void ReportsResolvedBeforeStarted() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        resolved: 2026-11-10T07:00:00Z
        components:
          api: major_outage
        ---
        """,
        $"{Path}:4:11: error SG0204: 'resolved' (2026-11-10 08:00) is before 'started' (2026-11-10 09:15) (check both times and their time zones)");

    [TestMethod]
    public void ReportsAnIncidentWithoutComponentsAtTheFrontMatterStart() => AssertLines(
        "---\ntitle: API errors\nstarted: 2026-11-10 09:15\n---\n",
        $"{Path}:1:1: error SG0205: the incident names no component (add 'components:' and below it a line per component, like '  api: major_outage')");

    [TestMethod]
    public void ReportsTimelineEntriesOutsideTheIncident() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        resolved: 2026-11-10 12:00
        components:
          api:
            2026-11-10 09:00: major_outage
            2026-11-10 10:00: partial_outage
            2026-11-10T12:30:00+01:00: operational
        ---
        ## 2026-11-10 12:00 Resolved
        Fixed.
        """,
        $"{Path}:7:5: error SG0206: this status change of 'api' is before the incident started (2026-11-10 09:15) (move it to or after 'started', or make 'started' earlier)",
        $"{Path}:9:5: error SG0206: this status change of 'api' is after the incident was resolved (2026-11-10 12:00) (move it to or before 'resolved', or make 'resolved' later)");

    [TestMethod]
    public void ReportsAnUnparseableTimestampInFrontMatterAndInAHeading() => AssertLines(
        """
        ---
        title: API errors
        started: 10.11.2026 09:15
        components:
          api: major_outage
        ---
        ## 2026-11-31 09:20 Investigating
        Looking into it.
        ## 2026-11-10T09:30 Update
        Still looking.
        """,
        $"{Path}:3:10: error SG0401: '10.11.2026 09:15' is not a timestamp (write 'YYYY-MM-DD HH:MM' in Europe/Berlin time (e.g. '2026-11-10 09:15') or ISO 8601 with an offset (e.g. '2026-11-10T09:15:00+01:00'))",
        $"{Path}:7:4: error SG0401: '2026-11-31 09:20' is not a real date and time (check the month, day, hour (00-23) and minute (00-59))",
        $"{Path}:9:4: error SG0401: '2026-11-10T09:30' has no UTC offset (write '2026-11-10 09:30' for Europe/Berlin time, or add an offset such as '2026-11-10T09:30+01:00')");

    [TestMethod]
    public void ReportsALocalTimeInTheAutumnFoldWithBothOffsetsAsTheFix() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-10-25 02:30
        components:
          api: major_outage
        ---
        """,
        "content/incidents/2026-11-10-api.md:3:10: error SG0402: '2026-10-25 02:30' happens twice in Europe/Berlin: the clocks go back (write '2026-10-25T02:30:00+02:00' for the first or '2026-10-25T02:30:00+01:00' for the second)");

    [TestMethod]
    public void ReportsALocalTimeInTheSpringGap() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-03-29 01:00
        components:
          api: major_outage
        ---
        ## 2026-03-29 02:30 Investigating
        Looking into it.
        """,
        $"{Path}:7:4: error SG0402: '2026-03-29 02:30' does not exist in Europe/Berlin: the clocks skip it (write the time the clocks showed, or an offset such as '2026-03-29T02:30:00+01:00')");

    [TestMethod]
    public void ReportsAnUnknownUpdateStatusAtTheStatus() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        components:
          api: major_outage
        ---
        ## 2026-11-10T09:20:00+01:00   Investigatin
        Looking into it.
        """,
        $"{Path}:7:32: error SG0403: unknown update status 'Investigatin' (did you mean 'Investigating'?)");

    [TestMethod]
    public void ReportsUpdatesBeforeTheStartAndAfterTheResolutionButAllowsALatePostmortem() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        resolved: 2026-11-10 10:00
        components:
          api: major_outage
        ---
        ## 2026-11-10 09:00 Investigating
        Early.
        ## 2026-11-10 10:00 Resolved
        Fixed.
        ## 2026-11-10 10:30 Update
        Late.
        ## 2026-11-12 10:00 Postmortem
        What happened.
        """,
        $"{Path}:8:4: error SG0404: this update is before the incident started (2026-11-10 09:15) (correct the update's time, or make 'started' earlier)",
        $"{Path}:12:4: error SG0405: this Update update is after the incident was resolved (2026-11-10 10:00) (make 'resolved' the time of the last update; only a Postmortem may come later)");

    [TestMethod]
    public void ReportsMalformedUpdateHeadingsAndWarnsAboutAnEmptyUpdate() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        components:
          api: major_outage
        ---
        ## Investigating
        Looking into it.
        ## 2026-11-10 09:20
        No status.
        ## 2026-11-10 09:25 Identified

        ### Not an update
        """,
        $"{Path}:7:1: error SG0406: update heading '## Investigating' does not start with a timestamp (write it like '## 2026-11-10 09:30 Investigating')",
        $"{Path}:9:1: error SG0406: update heading has no status after the timestamp (add one of: Investigating, Identified, Monitoring, Update, Resolved, Postmortem)");

    [TestMethod]
    public void WarnsAboutAnUpdateWithoutText() => AssertLines(
        """
        ---
        title: API errors
        started: 2026-11-10 09:15
        components:
          api: major_outage
        ---
        ## 2026-11-10 09:25 Identified

        """,
        $"{Path}:7:1: warning SG0407: this update has no text (say what changed, what is being done and when the next update comes)");

    [TestMethod]
    public void ReportsEveryProblemOfAFileInOneRun() => AssertLines(
        """
        ---
        titel: API errors
        started: 2026-11-10 9:15
        impact: big
        components:
          trackng: partial
        ---
        ## 2026-11-10 09:20 Investigatng
        """,
        $"{Path}:1:1: error SG0009: the front matter has no 'title' (add a line 'title: Elevated error rates on the API')",
        $"{Path}:2:1: error SG0008: unknown key 'titel' in the front matter (did you mean 'title'?)",
        $"{Path}:3:10: error SG0401: '2026-11-10 9:15' is not a timestamp (write 'YYYY-MM-DD HH:MM' in Europe/Berlin time (e.g. '2026-11-10 09:15') or ISO 8601 with an offset (e.g. '2026-11-10T09:15:00+01:00'))",
        $"{Path}:4:9: error SG0203: unknown impact 'big' (use one of: none, minor, major, critical)",
        $"{Path}:6:3: error SG0201: unknown component 'trackng' (did you mean 'tracking'?)",
        $"{Path}:6:12: error SG0202: unknown component status 'partial' (did you mean 'partial_outage'?)",
        $"{Path}:8:21: error SG0403: unknown update status 'Investigatng' (did you mean 'Investigating'?)");

    [TestMethod]
    public void CountsTabsAsOneColumnInUpdateHeadings() => AssertLines(
        "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n##\t2026-11-10\t09:20\tInvestigatin\nLooking.\n",
        $"{Path}:7:21: error SG0403: unknown update status 'Investigatin' (did you mean 'Investigating'?)");

    [TestMethod]
    public void ReportsAnEmptyQuotedTitleAsMissing() => AssertLines(
        "---\ntitle: \"\"\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n",
        $"{Path}:1:1: error SG0009: the front matter has no 'title' (add a line 'title: Elevated error rates on the API')");
}
