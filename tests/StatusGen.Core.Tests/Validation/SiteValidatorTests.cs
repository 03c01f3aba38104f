using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Tests.Loading;
using StatusGen.Validation;

namespace StatusGen.Tests.Validation;

[TestClass]
public sealed class SiteValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero); // 13:00 in Berlin

    private static void AssertLines(ContentFixture fixture, params string[] expected) =>
        Assert.AreEqual(string.Join("\n", expected), string.Join("\n", fixture.Lines(Now)));

    [TestMethod]
    public void ReportsTimesAfterTheBuildsTimeAsErrors()
    {
        using var fixture = new ContentFixture()
            .With("incidents/2026-11-10-future.md", """
                ---
                title: Not yet
                started: 2026-11-10 14:00
                components:
                  api: major_outage
                ---
                """)
            .With("incidents/2026-11-10-early.md", """
                ---
                title: Resolved too early
                started: 2026-11-10 09:00
                resolved: 2026-11-10 13:30
                components:
                  api: major_outage
                ---
                ## 2026-11-10 13:30 Resolved
                Fixed.
                """);

        AssertLines(
            fixture,
            "content/incidents/2026-11-10-early.md:4:11: error SG0207: 'resolved' is after the build's time (2026-11-10 13:00) (set 'resolved' only once the incident is over; leave it out while it is ongoing)",
            "content/incidents/2026-11-10-early.md:8:1: error SG0408: this update is dated after the build's time (2026-11-10 13:00) (correct its time; post updates only once they happened)",
            "content/incidents/2026-11-10-future.md:3:10: error SG0208: 'started' is after the build's time (2026-11-10 13:00) (check the date and the time zone; an incident cannot start in the future)");
    }

    [TestMethod]
    public void AcceptsAnUpcomingMaintenanceButNotAnUpdateFromTheFuture()
    {
        using var fixture = new ContentFixture().With("maintenance/2026-11-25-db.md", """
            ---
            title: Database upgrade
            scheduled: 2026-11-25 22:00
            until: 2026-11-26 01:00
            components: [api]
            ---
            ## 2026-11-10 12:00 Scheduled
            Announced.
            ## 2026-11-25 22:00 In progress
            Written ahead.
            """);

        AssertLines(fixture, "content/maintenance/2026-11-25-db.md:9:1: error SG0408: this update is dated after the build's time (2026-11-10 13:00) (correct its time; post updates only once they happened)");
    }

    [TestMethod]
    public void WarnsWhenTheFileNameDateDiffersFromTheLocalStartDate()
    {
        // 23:30 UTC on the 9th is already the 10th in Berlin, so only the second file is misnamed.
        using var fixture = new ContentFixture()
            .With("incidents/2026-11-10-late.md", "---\ntitle: A\nstarted: 2026-11-09T23:30:00Z\ncomponents:\n  api: major_outage\n---\n")
            .With("incidents/2026-11-09-late.md", "---\ntitle: B\nstarted: 2026-11-10T00:30:00+01:00\ncomponents:\n  api: major_outage\n---\n");

        AssertLines(fixture, "content/incidents/2026-11-09-late.md:3:10: warning SG0209: the file name says 2026-11-09 but 'started' is on 2026-11-10 (Europe/Berlin) (rename the file to '2026-11-10-late.md', or correct 'started')");
    }

    [TestMethod]
    public void WarnsWhenAResolvedIncidentHasNoResolvedUpdate()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-quiet.md", """
            ---
            title: Quietly fixed
            started: 2026-11-10 09:00
            resolved: 2026-11-10 10:00
            components:
              api: major_outage
            ---
            ## 2026-11-10 09:05 Investigating
            Looking into it.
            """);

        var result = fixture.Check(Now);

        Assert.IsFalse(result.HasErrors, "a warning never fails the check");
        Assert.AreEqual(
            "content/incidents/2026-11-10-quiet.md:4:11: warning SG0211: the incident is resolved but has no 'Resolved' update (add '## 2026-11-10 10:00 Resolved' saying what was fixed)",
            string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void ReportsTwoIncidentsThatWouldShareAPage()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", "---\ntitle: A\nstarted: 2026-11-10 09:00\ncomponents:\n  api: major_outage\n---\n");
        var content = fixture.Load().Content!;
        var copy = content.Incidents[0] with { Source = new SourceFile("imported/2026-11-10-API.md", "/imported/2026-11-10-API.md"), Slug = "2026-11-10-API" };

        var diagnostics = SiteValidator.Validate(content with { Incidents = [.. content.Incidents, copy] }, Now);

        Assert.AreEqual(
            "imported/2026-11-10-API.md:1:1: error SG0210: 'incidents/2026-11-10-API/' is also the page of content/incidents/2026-11-10-api.md (rename one of the files so each has its own slug)",
            string.Join("\n", diagnostics));
    }

    [TestMethod]
    public void FallsBackToTheFileStartForIncidentsWithoutASourceMap()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", "---\ntitle: A\nstarted: 2026-11-10 14:00\ncomponents:\n  api: major_outage\n---\n");
        var content = fixture.Load().Content!;
        var incident = content.Incidents[0] with { SourceMap = null };

        var diagnostic = SiteValidator.Validate(content with { Incidents = [incident] }, Now).Single();

        Assert.AreEqual(DiagnosticCodes.StartedInFuture, diagnostic.Code);
        Assert.AreEqual(new SourcePosition("content/incidents/2026-11-10-api.md", 1, 1), diagnostic.Position);
    }
}
