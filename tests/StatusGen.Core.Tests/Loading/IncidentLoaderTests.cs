using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Tests.Loading;

[TestClass]
public sealed class IncidentLoaderTests
{
    private const string Incident = """
        ---
        title: Elevated error rates on the API
        started: 2026-11-10T09:15:00+01:00
        resolved: 2026-11-10 15:10
        components:
          web: degraded_performance
          api:
            2026-11-10 09:15: major_outage
            2026-11-10 11:20: degraded_performance
            2026-11-10 14:00: operational
        ---

        Requests to the API failed for some customers.

        ## 2026-11-10 15:10 Resolved
        The fix is live.

        ## 2026-11-10T09:30:00+01:00 Investigating
        We are looking into it.

        ### Details
        Belongs to the Investigating update.

        ## 2026-11-10 12:00 Identified
        A bad deploy.
        """;

    [TestMethod]
    public void LoadsAnIncidentWithATimelineIntoTheModel()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api-errors.md", Incident);

        var result = fixture.Load();

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        var incident = result.Content!.Incidents.Single();
        Assert.AreEqual("2026-11-10-api-errors", incident.Slug);
        Assert.AreEqual("Elevated error rates on the API", incident.Title);
        Assert.AreEqual(new DateTimeOffset(2026, 11, 10, 9, 15, 0, TimeSpan.FromHours(1)), incident.Started);
        Assert.AreEqual(new DateTimeOffset(2026, 11, 10, 15, 10, 0, TimeSpan.FromHours(1)), incident.Resolved);
        Assert.AreEqual(Impact.Critical, incident.Impact);
        Assert.IsTrue(incident.ImpactDerived);
        var api = incident.Components.Single(c => c.ComponentId == "api");
        CollectionAssert.AreEqual(
            new[] { ComponentStatus.MajorOutage, ComponentStatus.DegradedPerformance, ComponentStatus.Operational },
            api.Changes.Select(c => c.Status).ToArray());
        var web = incident.Components.Single(c => c.ComponentId == "web");
        Assert.AreEqual(new StatusChange(incident.Started, ComponentStatus.DegradedPerformance), web.Changes.Single());
        Assert.AreEqual("<p>Requests to the API failed for some customers.</p>", incident.Summary.Html);
    }

    [TestMethod]
    public void HoldsUpdatesNewestFirstWithDeeperHeadingsInTheUpdateAbove()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api-errors.md", Incident);

        var incident = fixture.Load().Content!.Incidents.Single();

        CollectionAssert.AreEqual(
            new[] { IncidentUpdateStatus.Resolved, IncidentUpdateStatus.Identified, IncidentUpdateStatus.Investigating },
            incident.Updates.Select(u => u.Status).ToArray());
        Assert.Contains("<h3>Details</h3>", incident.Updates[2].Body.Html);
        Assert.AreEqual("content/incidents/2026-11-10-api-errors.md:18:1", incident.Updates[2].Position.ToString());
    }

    [TestMethod]
    public void StartsUpdatesOnlyAtTopLevelHeadingsNotInCodeQuotesListsOrInlineCode()
    {
        const string text = """
            ---
            title: Elevated error rates on the API
            started: 2026-11-10T09:15:00+01:00
            resolved: 2026-11-10 15:10
            components:
              api: major_outage
            ---

            ## 2026-11-10 15:10 Resolved
            The runbook says:

            ```
            ## 2026-11-10 10:00 Investigating
            ```

            > ## 2026-11-10 10:05 Identified

            - ## 2026-11-10 10:10 Monitoring

            `## 2026-11-10 10:15 Update` is how a heading is written.

            ## 2026-11-10 09:30 Investigating
            We are looking into it.
            """;
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api-errors.md", text);

        var result = fixture.Load();

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        var updates = result.Content!.Incidents.Single().Updates;
        CollectionAssert.AreEqual(new[] { IncidentUpdateStatus.Resolved, IncidentUpdateStatus.Investigating }, updates.Select(u => u.Status).ToArray());
        Assert.Contains("<code>## 2026-11-10 10:00 Investigating\n</code>", updates[0].Body.Html);
        Assert.Contains("<blockquote>\n<h2>2026-11-10 10:05 Identified</h2>", updates[0].Body.Html);
        Assert.Contains("<li><h2>2026-11-10 10:10 Monitoring</h2></li>", updates[0].Body.Html.Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains("<code>## 2026-11-10 10:15 Update</code> is how", updates[0].Body.Html);
    }

    [TestMethod]
    public void RecordsWhereEachFrontMatterPartIsInTheWholeFile()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api-errors.md", Incident);

        var map = fixture.Load().Content!.Incidents.Single().SourceMap!;

        Assert.AreEqual("content/incidents/2026-11-10-api-errors.md:1:1", map.FrontMatter.ToString());
        Assert.AreEqual(2, map.Title.Line);
        Assert.AreEqual(8, map.Title.Column);
        Assert.AreEqual(4, map.Resolved!.Line);
        Assert.IsNull(map.Impact);
        var api = map.Component("api")!;
        Assert.AreEqual((7, 3), (api.Key.Line, api.Key.Column));
        CollectionAssert.AreEqual(new[] { 8, 9, 10 }, api.Changes.Select(c => c.Line).ToArray());
        Assert.AreEqual(12, map.Body.Line);
    }

    [TestMethod]
    public void KeepsFileOrderForUpdatesAtTheSameTime()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-same.md", """
            ---
            title: Same minute
            started: 2026-11-10 09:00
            impact: none
            components:
              api: degraded_performance
            ---
            ## 2026-11-10 09:10 Investigating
            first
            ## 2026-11-10 09:10 Update
            second
            """);

        var incident = fixture.Load().Content!.Incidents.Single();

        Assert.AreEqual(Impact.None, incident.Impact);
        Assert.IsFalse(incident.ImpactDerived);
        CollectionAssert.AreEqual(new[] { "first", "second" }, incident.Updates.Select(u => u.Body.Markdown).ToArray());
    }

    [TestMethod]
    public void DerivesImpactFromTheWorstComponentStatus()
    {
        using var fixture = new ContentFixture()
            .With("incidents/2026-11-01-a.md", "---\ntitle: A\nstarted: 2026-11-01 10:00\ncomponents:\n  api: degraded_performance\n---\n")
            .With("incidents/2026-11-02-b.md", "---\ntitle: B\nstarted: 2026-11-02 10:00\ncomponents:\n  api: degraded_performance\n  web: partial_outage\n---\n");

        var incidents = fixture.Load().Content!.Incidents;

        Assert.AreEqual(Impact.Major, incidents[0].Impact);
        Assert.AreEqual(Impact.Minor, incidents[1].Impact);
    }

    [TestMethod]
    public void ReadsCrlfFilesWithABomAtTheSamePositions()
    {
        var text = "\uFEFF" + Incident.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("operational", "operatonal", StringComparison.Ordinal);
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api-errors.md", text);

        var lines = fixture.Lines();

        Assert.AreEqual(
            "content/incidents/2026-11-10-api-errors.md:10:23: error SG0202: unknown component status 'operatonal' (did you mean 'operational'?)",
            string.Join("\n", lines));
    }

    [TestMethod]
    public void LoadsAMaintenanceWindowWithItsUpdates()
    {
        using var fixture = new ContentFixture().With("maintenance/2026-11-25-db-upgrade.md", """
            ---
            title: Database upgrade
            scheduled: 2026-11-25 22:00
            until: 2026-11-26 02:00
            components:
              - api
              - web
            ---
            We upgrade the database.

            ## 2026-11-18 10:00 Scheduled
            Planned for next week.
            """);

        var result = fixture.Load();

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics));
        var maintenance = result.Content!.Maintenances.Single();
        CollectionAssert.AreEqual(new[] { "api", "web" }, maintenance.ComponentIds.ToArray());
        Assert.AreEqual(new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.FromHours(1)), maintenance.Scheduled);
        Assert.AreEqual(MaintenanceUpdateStatus.Scheduled, maintenance.Updates.Single().Status);
        Assert.AreEqual(MaintenanceState.Upcoming, maintenance.StateAt(ContentFixture.Now));
        Assert.AreEqual(6, maintenance.SourceMap!.Components[0].Line);
    }
}
