using StatusGen.Editing;
using StatusGen.Model;

namespace StatusGen.Tests.Editing;

[TestClass]
public sealed class IncidentFileEditorTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // 10:30 in Berlin.
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 30, 45, TimeSpan.Zero);

    private const string Ongoing = """
        ---
        title: Elevated error rates on the API
        started: 2026-11-10T09:15:00+01:00   # first alert
        impact: major
        components:
          web: degraded_performance          # one status
          api:
            2026-11-10 09:15: major_outage
            # noisy alerts before this
            2026-11-10 09:40: partial_outage
        ---

        We are sorry.

        ## 2026-11-10 09:50 Identified
        A bad deploy.

        ## 2026-11-10T09:30:00+01:00 Investigating
        Looking.
        """;

    private static EditResult Apply(string text, IncidentEdit edit) => IncidentFileEditor.Apply(text, edit, Berlin);

    private static IncidentEdit Edit(IncidentUpdateStatus status, string message = "Error rates are back to normal; we are watching.") =>
        new() { At = Now, Status = status, Message = message };

    [TestMethod]
    public void InsertsTheUpdateBeforeTheNewestOneAndKeepsEveryOtherLine()
    {
        var result = Apply(Ongoing, Edit(IncidentUpdateStatus.Monitoring));

        var expected = Ongoing.Replace(
            "## 2026-11-10 09:50 Identified",
            "## 2026-11-10 10:30 Monitoring\nError rates are back to normal; we are watching.\n\n## 2026-11-10 09:50 Identified", StringComparison.Ordinal);
        Assert.AreEqual(expected, result.Text);
        Assert.AreEqual("added '## 2026-11-10 10:30 Monitoring' update", result.Changes.Single());
    }

    [TestMethod]
    public void KeepsWindowsLineEndingsAndTheByteOrderMark()
    {
        var crlf = "\uFEFF" + Ongoing.ReplaceLineEndings("\r\n") + "\r\n";

        var result = Apply(crlf, Edit(IncidentUpdateStatus.Monitoring, "Line one.\nLine two."));

        Assert.StartsWith("\uFEFF---\r\n", result.Text);
        Assert.AreEqual(0, result.Text.Replace("\r\n", "", StringComparison.Ordinal).Count(c => c == '\n'), "no bare LF was introduced");
        Assert.Contains("## 2026-11-10 10:30 Monitoring\r\nLine one.\r\nLine two.\r\n\r\n## 2026-11-10 09:50 Identified\r\n", result.Text);
    }

    [TestMethod]
    public void TurnsAOneStatusComponentIntoATimelineStartingAtTheStart()
    {
        var edit = Edit(IncidentUpdateStatus.Monitoring) with { Components = [new("web", ComponentStatus.Operational)] };

        var result = Apply(Ongoing, edit);

        StringAssert.Contains(result.Text, """
              web: # one status
                2026-11-10T09:15:00+01:00: degraded_performance
                2026-11-10 10:30: operational
              api:
            """.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.AreEqual("web: degraded_performance -> operational from 2026-11-10 10:30 (now a timeline)", result.Changes[1]);
    }

    [TestMethod]
    public void AppendsToAnExistingTimelineAfterItsLastEntry()
    {
        var edit = Edit(IncidentUpdateStatus.Monitoring) with { Components = [new("api", ComponentStatus.DegradedPerformance)] };

        var result = Apply(Ongoing, edit);

        StringAssert.Contains(result.Text, """
                # noisy alerts before this
                2026-11-10 09:40: partial_outage
                2026-11-10 10:30: degraded_performance
            ---
            """.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [TestMethod]
    public void LeavesAComponentAloneWhenItsStatusDoesNotChange()
    {
        var edit = Edit(IncidentUpdateStatus.Update) with { Components = [new("api", ComponentStatus.PartialOutage), new("web", ComponentStatus.DegradedPerformance)] };

        var result = Apply(Ongoing, edit);

        Assert.AreEqual(Apply(Ongoing, Edit(IncidentUpdateStatus.Update)).Text, result.Text);
        CollectionAssert.AreEqual(new[] { "api: already partial_outage, unchanged", "web: already degraded_performance, unchanged" }, result.Changes.Skip(1).ToArray());
    }

    [TestMethod]
    public void AddsANewlyAffectedComponentFromNow()
    {
        var edit = Edit(IncidentUpdateStatus.Identified) with { Components = [new("search", ComponentStatus.PartialOutage)] };

        var result = Apply(Ongoing, edit);

        StringAssert.Contains(result.Text, "    2026-11-10 09:40: partial_outage\n  search:\n    2026-11-10 10:30: partial_outage\n---\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void InsertsResolvedAfterStartedWithItsComment()
    {
        var result = Apply(Ongoing, Edit(IncidentUpdateStatus.Resolved) with { Resolve = true });

        StringAssert.Contains(result.Text, "started: 2026-11-10T09:15:00+01:00   # first alert\nresolved: 2026-11-10 10:30\nimpact: major\n", StringComparison.Ordinal);
        Assert.AreEqual("added resolved: 2026-11-10 10:30", result.Changes[^1]);
    }

    [TestMethod]
    public void FillsAnEmptyResolvedKey()
    {
        var text = Ongoing.Replace("impact: major", "resolved:   # fill in when over\nimpact: major", StringComparison.Ordinal);

        var result = Apply(text, Edit(IncidentUpdateStatus.Resolved) with { Resolve = true });

        StringAssert.Contains(result.Text, "\nresolved: 2026-11-10 10:30 # fill in when over\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void RefusesToResolveTwice()
    {
        var text = Ongoing.Replace("impact: major", "resolved: 2026-11-10 10:00\nimpact: major", StringComparison.Ordinal);

        var e = Assert.ThrowsExactly<EditRefusedException>(() => Apply(text, Edit(IncidentUpdateStatus.Resolved) with { Resolve = true }));

        Assert.Contains("already resolved", e.Message);
    }

    [TestMethod]
    public void AppendsToAFileWhoseUpdatesRunOldestFirst()
    {
        var text = "---\ntitle: T\nstarted: 2026-11-10 09:00\n---\n\n## 2026-11-10 09:05 Investigating\nA.\n\n## 2026-11-10 09:20 Identified\nB.\n";

        var result = Apply(text, Edit(IncidentUpdateStatus.Monitoring, "C."));

        Assert.AreEqual(text + "\n## 2026-11-10 10:30 Monitoring\nC.\n", result.Text);
    }

    [TestMethod]
    public void PutsTheFirstUpdateAfterTheSummaryOfAFileWithoutUpdates()
    {
        var text = "---\ntitle: T\nstarted: 2026-11-10 09:00\n---\n\nSummary.";

        var result = Apply(text, Edit(IncidentUpdateStatus.Investigating, "Looking."));

        Assert.AreEqual("---\ntitle: T\nstarted: 2026-11-10 09:00\n---\n\nSummary.\n\n## 2026-11-10 10:30 Investigating\nLooking.\n", result.Text);
    }

    [TestMethod]
    public void IgnoresHeadingsInsideCodeBlocks()
    {
        var text = "---\ntitle: T\nstarted: 2026-11-10 09:00\n---\n\n```\n## not an update\n```\n\n## 2026-11-10 09:20 Identified\nB.\n";

        var result = Apply(text, Edit(IncidentUpdateStatus.Monitoring, "C."));

        StringAssert.Contains(result.Text, "```\n\n## 2026-11-10 10:30 Monitoring\nC.\n\n## 2026-11-10 09:20 Identified\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void WritesTheOffsetFormInTheHourAClockChangeRepeats()
    {
        var repeated = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero); // 02:30 CEST, and 02:30 CET an hour later

        var result = Apply(Ongoing, Edit(IncidentUpdateStatus.Update) with { At = repeated });

        StringAssert.Contains(result.Text, "## 2026-10-25T02:30:00+02:00 Update\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void RefusesAMessageThatWouldStartAnotherUpdate()
    {
        var e = Assert.ThrowsExactly<EditRefusedException>(() => Apply(Ongoing, Edit(IncidentUpdateStatus.Update, "Text\n## Details")));

        Assert.Contains("'###'", e.Message);
    }

    [TestMethod]
    public void RefusesAFileWithoutFrontMatter() =>
        Assert.ThrowsExactly<EditRefusedException>(() => Apply("# Title\n", Edit(IncidentUpdateStatus.Update)));

    [TestMethod]
    public void RefusesComponentsWrittenOnOneLine()
    {
        var text = "---\ntitle: T\nstarted: 2026-11-10 09:00\ncomponents: {api: major_outage}\n---\n";

        Assert.ThrowsExactly<EditRefusedException>(() =>
            Apply(text, Edit(IncidentUpdateStatus.Update) with { Components = [new("api", ComponentStatus.Operational)] }));
    }
}
