using StatusGen.Editing;
using StatusGen.Model;

namespace StatusGen.Tests.Editing;

/// <summary>The editor finds updates and the current status the way the loader does: by Markdown structure and by time.</summary>
[TestClass]
public sealed class IncidentFileEditorOrderTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // 10:30 in Berlin.
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 30, 0, TimeSpan.Zero);

    private const string FrontMatter = """
        ---
        title: Elevated error rates on the API
        started: 2026-11-10 09:15
        components:
          api:
            2026-11-10 09:40: partial_outage
            2026-11-10 09:15: major_outage
        ---

        """;

    [TestMethod]
    public void AddsToANewestFirstTimelineAtTheTopAfterReadingTheLatestEntry()
    {
        var result = IncidentFileEditor.Apply(FrontMatter + "## 2026-11-10 09:20 Investigating\nLooking.\n", Edit([new ComponentStatusEdit("api", ComponentStatus.MajorOutage)]), Berlin);

        StringAssert.Contains(result.Text, "  api:\n    2026-11-10 10:30: major_outage\n    2026-11-10 09:40: partial_outage\n    2026-11-10 09:15: major_outage\n---", StringComparison.Ordinal);
        Assert.AreEqual("api: partial_outage -> major_outage from 2026-11-10 10:30", result.Changes[1]);
    }

    [TestMethod]
    public void LeavesANewestFirstTimelineAloneWhenItsLatestEntryHasTheStatus()
    {
        var result = IncidentFileEditor.Apply(FrontMatter + "## 2026-11-10 09:20 Investigating\nLooking.\n", Edit([new ComponentStatusEdit("api", ComponentStatus.PartialOutage)]), Berlin);

        Assert.AreEqual("api: already partial_outage, unchanged", result.Changes[1]);
    }

    [TestMethod]
    public void SkipsUpdateHeadingsShownInsideALongerFence()
    {
        const string body = "The alert:\n\n````\n```\n## 2026-11-10 09:00 Investigating\n```\n````\n\n## 2026-11-10 09:20 Investigating\nLooking.\n";

        var result = IncidentFileEditor.Apply(FrontMatter + body, Edit([]), Berlin);

        StringAssert.Contains(result.Text, "````\n\n## 2026-11-10 10:30 Update\nStill on it.\n\n## 2026-11-10 09:20 Investigating\n", StringComparison.Ordinal);
    }

    private static IncidentEdit Edit(IReadOnlyList<ComponentStatusEdit> components) =>
        new() { At = Now, Status = IncidentUpdateStatus.Update, Message = "Still on it.", Components = components };
}
