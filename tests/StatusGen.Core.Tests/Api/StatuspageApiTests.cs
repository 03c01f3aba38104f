using System.Text.Json;
using StatusGen.Api;
using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Api;

[TestClass]
public sealed class StatuspageApiTests
{
    private static IReadOnlyList<OutputFile> Generate(SiteSnapshot snapshot) => [.. new StatuspageApiGenerator().Generate(snapshot)];

    private static JsonElement Json(IReadOnlyList<OutputFile> files, string path) => JsonDocument.Parse(files.File($"api/v2/{path}").Bytes).RootElement;

    private static IReadOnlyList<OutputFile> Golden() => Generate(ChannelSites.OngoingIncidentAndUpcomingMaintenance());

    [TestMethod]
    public void WritesTheEightStatuspageEndpointsEachWithThePage()
    {
        var files = Golden();

        CollectionAssert.AreEquivalent(new[]
        {
            "api/v2/summary.json", "api/v2/status.json", "api/v2/components.json", "api/v2/incidents.json", "api/v2/incidents/unresolved.json",
            "api/v2/scheduled-maintenances.json", "api/v2/scheduled-maintenances/upcoming.json", "api/v2/scheduled-maintenances/active.json",
        }, files.Select(f => f.Path).ToList());
        foreach (var file in files)
        {
            var page = JsonDocument.Parse(file.Bytes).RootElement.GetProperty("page");
            Assert.AreEqual(StatuspageIds.Page(new Uri("https://status.example.com/")), page.GetProperty("id").GetString(), file.Path);
            Assert.AreEqual("Acme Status", page.GetProperty("name").GetString());
            Assert.AreEqual("https://status.example.com/", page.GetProperty("url").GetString());
            Assert.AreEqual("Europe/Berlin", page.GetProperty("time_zone").GetString());
            Assert.AreEqual("2026-11-10T11:25:00.000+01:00", page.GetProperty("updated_at").GetString(), "the latest update at or before the build");
        }
    }

    [TestMethod]
    public void StatusIndicatorFollowsTheWorstUnresolvedImpact()
    {
        var status = Json(Golden(), "status.json").GetProperty("status");

        Assert.AreEqual("major", status.GetProperty("indicator").GetString());
        Assert.AreEqual("Partial System Outage", status.GetProperty("description").GetString());
    }

    [TestMethod]
    public void AllOperationalWithoutIncidents()
    {
        var snapshot = ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site(), [ChannelSites.ResolvedCdnIncident()], []), "2026-11-10T12:00:00+01:00");

        var status = Json(Generate(snapshot), "status.json").GetProperty("status");

        Assert.AreEqual("none", status.GetProperty("indicator").GetString());
        Assert.AreEqual("All Systems Operational", status.GetProperty("description").GetString());
    }

    [TestMethod]
    public void MaintenanceInProgressShowsUnderMaintenanceAndIsActive()
    {
        var snapshot = ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site(), [], [ChannelSites.UpcomingDatabaseMaintenance()]), "2026-11-14T23:00:00+01:00");
        var files = Generate(snapshot);

        var db = Json(files, "components.json").GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Database");
        Assert.AreEqual("under_maintenance", db.GetProperty("status").GetString());
        Assert.AreEqual("2026-11-14T22:00:00.000+01:00", db.GetProperty("updated_at").GetString());
        var active = Json(files, "scheduled-maintenances/active.json").GetProperty("scheduled_maintenances");
        Assert.AreEqual(1, active.GetArrayLength());
        Assert.AreEqual("in_progress", active[0].GetProperty("status").GetString());
        Assert.AreEqual(0, Json(files, "scheduled-maintenances/upcoming.json").GetProperty("scheduled_maintenances").GetArrayLength());
        Assert.AreEqual("Service Under Maintenance", Json(files, "status.json").GetProperty("status").GetProperty("description").GetString());
        Assert.AreEqual("none", Json(files, "status.json").GetProperty("status").GetProperty("indicator").GetString());
    }

    [TestMethod]
    public void GroupsAreComponentsWithTheIdsOfTheirMembers()
    {
        var components = Json(Golden(), "components.json").GetProperty("components").EnumerateArray().ToList();

        CollectionAssert.AreEqual(new[] { "Frontend", "Website", "Platform", "API", "Database", "CDN" }, components.Select(c => c.GetProperty("name").GetString()).ToList());
        var platform = components[2];
        Assert.IsTrue(platform.GetProperty("group").GetBoolean());
        Assert.AreEqual(StatuspageIds.Group("Platform"), platform.GetProperty("id").GetString());
        CollectionAssert.AreEqual(new[] { StatuspageIds.Component("api"), StatuspageIds.Component("db") },
            platform.GetProperty("components").EnumerateArray().Select(c => c.GetString()).ToList());
        Assert.AreEqual("degraded_performance", platform.GetProperty("status").GetString(), "a group shows its worst member");
        Assert.AreEqual(2, platform.GetProperty("position").GetInt32());
        var api = components[3];
        Assert.IsFalse(api.GetProperty("group").GetBoolean());
        Assert.AreEqual(platform.GetProperty("id").GetString(), api.GetProperty("group_id").GetString());
        Assert.AreEqual("2026-01-01", api.GetProperty("start_date").GetString());
        Assert.AreEqual("2026-11-10T11:20:00.000+01:00", api.GetProperty("updated_at").GetString(), "its last status change");
        Assert.AreEqual(JsonValueKind.Null, components[5].GetProperty("group_id").ValueKind);
        string[] fields = ["id", "name", "status", "created_at", "updated_at", "position", "description", "showcase", "start_date", "group_id", "page_id", "group", "only_show_if_degraded"];
        foreach (var component in components)
        {
            CollectionAssert.IsSubsetOf(fields, component.EnumerateObject().Select(p => p.Name).ToList());
        }
    }

    [TestMethod]
    public void TheOngoingIncidentCarriesItsStatusTimesUpdatesAndComponents()
    {
        var incident = Json(Golden(), "incidents/unresolved.json").GetProperty("incidents").EnumerateArray().Single();

        Assert.AreEqual(StatuspageIds.Incident("2026-11-10-api-errors"), incident.GetProperty("id").GetString());
        Assert.AreEqual("Elevated error rates on the API", incident.GetProperty("name").GetString());
        Assert.AreEqual("monitoring", incident.GetProperty("status").GetString());
        Assert.AreEqual("major", incident.GetProperty("impact").GetString());
        Assert.AreEqual("2026-11-10T09:30:00.000+01:00", incident.GetProperty("created_at").GetString(), "first posted");
        Assert.AreEqual("2026-11-10T11:25:00.000+01:00", incident.GetProperty("updated_at").GetString());
        Assert.AreEqual("2026-11-10T09:15:00.000+01:00", incident.GetProperty("started_at").GetString());
        Assert.AreEqual("2026-11-10T11:25:00.000+01:00", incident.GetProperty("monitoring_at").GetString());
        Assert.AreEqual(JsonValueKind.Null, incident.GetProperty("resolved_at").ValueKind);
        Assert.AreEqual("https://status.example.com/incidents/2026-11-10-api-errors/", incident.GetProperty("shortlink").GetString());

        var updates = incident.GetProperty("incident_updates").EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "monitoring", "identified", "identified", "investigating" }, updates.Select(u => u.GetProperty("status").GetString()).ToList(),
            "newest first; an 'Update' heading continues the phase before it");
        Assert.AreEqual("A bad configuration push to the load balancers <lb-7> caused the errors.", updates[2].GetProperty("body").GetString());
        Assert.AreEqual(incident.GetProperty("id").GetString(), updates[0].GetProperty("incident_id").GetString());
        Assert.AreEqual("2026-11-10T11:25:00.000+01:00", updates[0].GetProperty("display_at").GetString());
        var change = updates[1].GetProperty("affected_components")[0];
        Assert.AreEqual(StatuspageIds.Component("api"), change.GetProperty("code").GetString());
        Assert.AreEqual("major_outage", change.GetProperty("old_status").GetString());
        Assert.AreEqual("degraded_performance", change.GetProperty("new_status").GetString());
        CollectionAssert.AreEqual(new[] { "API", "Website" }, incident.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList());
    }

    [TestMethod]
    public void TheUpcomingMaintenanceCarriesItsWindow()
    {
        var files = Golden();
        var upcoming = Json(files, "scheduled-maintenances/upcoming.json").GetProperty("scheduled_maintenances").EnumerateArray().Single();

        Assert.AreEqual("Database upgrade", upcoming.GetProperty("name").GetString());
        Assert.AreEqual("scheduled", upcoming.GetProperty("status").GetString());
        Assert.AreEqual("maintenance", upcoming.GetProperty("impact").GetString());
        Assert.AreEqual("2026-11-14T22:00:00.000+01:00", upcoming.GetProperty("scheduled_for").GetString());
        Assert.AreEqual("2026-11-15T01:00:00.000+01:00", upcoming.GetProperty("scheduled_until").GetString());
        Assert.AreEqual("scheduled", upcoming.GetProperty("incident_updates")[0].GetProperty("status").GetString());
        Assert.AreEqual(0, Json(files, "scheduled-maintenances/active.json").GetProperty("scheduled_maintenances").GetArrayLength());
        var summary = Json(files, "summary.json");
        Assert.AreEqual(1, summary.GetProperty("scheduled_maintenances").GetArrayLength());
        Assert.AreEqual(1, summary.GetProperty("incidents").GetArrayLength());
    }

    [TestMethod]
    public void ResolvedIncidentsAreListedButNotUnresolved()
    {
        var snapshot = ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site(), [ChannelSites.OngoingApiIncident(), ChannelSites.ResolvedCdnIncident()], []), "2026-11-10T12:00:00+01:00");
        var files = Generate(snapshot);

        var all = Json(files, "incidents.json").GetProperty("incidents").EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "Elevated error rates on the API", "Slow image loading in Asia" }, all.Select(i => i.GetProperty("name").GetString()).ToList());
        Assert.AreEqual("resolved", all[1].GetProperty("status").GetString());
        Assert.AreEqual("2026-11-02T04:40:00.000+01:00", all[1].GetProperty("resolved_at").GetString());
        Assert.AreEqual("operational", all[1].GetProperty("incident_updates")[0].GetProperty("affected_components")[0].GetProperty("new_status").GetString(),
            "the component recovers with the resolution");
        Assert.AreEqual(1, Json(files, "incidents/unresolved.json").GetProperty("incidents").GetArrayLength());
    }

    [TestMethod]
    public void IdsAreTheSameInEveryBuildAndUpdatedAtMovesWithANewUpdate()
    {
        var before = Json(Golden(), "incidents.json").GetProperty("incidents")[0];
        var later = ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site(),
            [ChannelSites.OngoingApiIncident(("2026-11-10T12:40:00+01:00", IncidentUpdateStatus.Resolved, "Fixed."))], [ChannelSites.UpcomingDatabaseMaintenance()]),
            "2026-11-10T13:00:00+01:00");
        var after = Json(Generate(later), "incidents.json").GetProperty("incidents")[0];

        Assert.AreEqual(before.GetProperty("id").GetString(), after.GetProperty("id").GetString());
        var oldIds = before.GetProperty("incident_updates").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        var newIds = after.GetProperty("incident_updates").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        CollectionAssert.AreEqual(oldIds, newIds.Skip(1).ToList(), "existing updates keep their ids");
        Assert.AreEqual("2026-11-10T11:25:00.000+01:00", before.GetProperty("updated_at").GetString());
        Assert.AreEqual("2026-11-10T12:40:00.000+01:00", after.GetProperty("updated_at").GetString());
    }

    [TestMethod]
    public void PageUpdatedAtFollowsAComponentStatusChangeWithoutAnUpdate()
    {
        var incident = ChannelSites.OngoingApiIncident();
        var recovered = incident with
        {
            Components = [.. incident.Components.Select(c => c.ComponentId != "api" ? c : c with
            {
                Changes = [.. c.Changes, new StatusChange(ChannelSites.At("2026-11-10T11:50:00+01:00"), ComponentStatus.Operational)],
            })],
        };
        var snapshot = ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site(), [recovered], []), "2026-11-10T12:00:00+01:00");
        var files = Generate(snapshot);

        Assert.AreEqual("2026-11-10T11:50:00.000+01:00", Json(files, "status.json").GetProperty("page").GetProperty("updated_at").GetString());
        var api = Json(files, "components.json").GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "API");
        Assert.AreEqual("operational", api.GetProperty("status").GetString());
        Assert.AreEqual("2026-11-10T11:50:00.000+01:00", api.GetProperty("updated_at").GetString());
    }

    [TestMethod]
    public void IdsAreTwelveLowercaseAlphanumericsAndDistinct()
    {
        string[] ids = [StatuspageIds.Page(new Uri("https://status.example.com/")), StatuspageIds.Component("api"), StatuspageIds.Component("web"),
            StatuspageIds.Group("Platform"), StatuspageIds.Incident("2026-11-10-api-errors"), StatuspageIds.Maintenance("2026-11-10-api-errors")];

        Assert.IsTrue(ids.All(id => id.Length == 12 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))), string.Join(",", ids));
        Assert.HasCount(ids.Length, ids.Distinct());
    }
}
