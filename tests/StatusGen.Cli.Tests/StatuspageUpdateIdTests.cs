using System.Text.Json;

namespace StatusGen.Cli.Tests;

/// <summary>Statuspage API update ids are unique across incidents and maintenance, even when they share a slug and a minute.</summary>
[TestClass]
public sealed class StatuspageUpdateIdTests
{
    [TestMethod]
    public void AnIncidentAndAMaintenanceWithTheSameSlugAndMinuteGetDifferentUpdateIds()
    {
        using var harness = new CliHarness()
            .Write("content/incidents/2026-11-10-db.md", "---\ntitle: DB slow\nstarted: 2026-11-10 09:15\nresolved: 2026-11-10 10:00\ncomponents:\n  api: degraded_performance\n---\n## 2026-11-10 10:00 Resolved\nAn index was missing after a schema change; we recreated it and queries are fast again.\n## 2026-11-10 09:30 Update\nStill slow.\n")
            .Write("content/maintenance/2026-11-10-db.md", "---\ntitle: DB upgrade\nscheduled: 2026-11-10 09:00\nuntil: 2026-11-10 11:00\ncomponents: [api]\n---\n## 2026-11-10 09:30 Update\nHalf done.\n");

        var run = harness.Run("build", "--now", "2026-11-20T12:00:00Z");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var incidentIds = UpdateIds(harness.Read("public/api/v2/incidents.json"), "incidents");
        var maintenanceIds = UpdateIds(harness.Read("public/api/v2/scheduled-maintenances.json"), "scheduled_maintenances");
        Assert.HasCount(2, incidentIds);
        Assert.HasCount(1, maintenanceIds);
        Assert.IsEmpty(incidentIds.Intersect(maintenanceIds));
    }

    private static List<string> UpdateIds(string json, string array)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty(array).EnumerateArray()
            .SelectMany(item => item.GetProperty("incident_updates").EnumerateArray())
            .Select(update => update.GetProperty("id").GetString()!)];
    }
}
