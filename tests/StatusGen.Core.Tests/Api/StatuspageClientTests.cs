using System.Text.Json;
using StatusGen.Api;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Api;

/// <summary>
/// The generated api/v2 read by a real Statuspage client: npm statuspage.io 3.3.8 (3.4.6 is broken) in node, from a
/// local static server. tests/tools/package.json pins it; build/install-test-deps.sh runs npm ci there.
/// </summary>
[TestClass]
public sealed class StatuspageClientTests
{
    [TestMethod]
    public void TheNpmStatuspageClientReadsSummaryStatusComponentsIncidentsAndMaintenance()
    {
        var tools = Path.Combine(ExternalTool.RepositoryRoot(), "tests", "tools");
        var node = ExternalTool.Find("node");
        ExternalTool.Require(node is not null, "node");
        ExternalTool.Require(File.Exists(Path.Combine(tools, "node_modules", "statuspage.io", "package.json")), "npm statuspage.io (npm ci in tests/tools)");
        using var server = new StaticFileServer(new StatuspageApiGenerator().Generate(ChannelSites.OngoingIncidentAndUpcomingMaintenance()));

        var (exitCode, output) = ExternalTool.Run(node!, ["statuspage-client.mjs", server.BaseUrl.AbsoluteUri], tools);

        Assert.AreEqual(0, exitCode, output);
        using var seen = JsonDocument.Parse(output);
        var root = seen.RootElement;
        Assert.AreEqual("Acme Status", root.GetProperty("page").GetProperty("name").GetString());
        Assert.AreEqual("Europe/Berlin", root.GetProperty("page").GetProperty("time_zone").GetString());
        Assert.AreEqual("major", root.GetProperty("indicator").GetString());
        Assert.AreEqual("Partial System Outage", root.GetProperty("description").GetString());
        CollectionAssert.AreEqual(
            new[] { "Frontend=degraded_performance", "Website=degraded_performance", "Platform=degraded_performance", "API=degraded_performance", "Database=operational", "CDN=operational" },
            root.GetProperty("summaryComponents").EnumerateArray().Select(c => c.GetString()).ToList());
        var api = root.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "API");
        Assert.AreEqual(StatuspageIds.Group("Platform"), api.GetProperty("group_id").GetString());
        var incident = root.GetProperty("incidents").EnumerateArray().Single();
        Assert.AreEqual("Elevated error rates on the API", incident.GetProperty("name").GetString());
        Assert.AreEqual("monitoring", incident.GetProperty("status").GetString());
        Assert.AreEqual("major", incident.GetProperty("impact").GetString());
        Assert.AreEqual(4, incident.GetProperty("updates").GetArrayLength());
        Assert.AreEqual("Elevated error rates on the API", root.GetProperty("unresolved")[0].GetString());
        Assert.AreEqual("Database upgrade", root.GetProperty("summaryMaintenances")[0].GetString());
        var maintenance = root.GetProperty("upcoming").EnumerateArray().Single();
        Assert.AreEqual("scheduled", maintenance.GetProperty("status").GetString());
        Assert.AreEqual("2026-11-14T22:00:00.000+01:00", maintenance.GetProperty("scheduled_for").GetString());
        CollectionAssert.IsSubsetOf(
            new[] { "/api/v2/summary.json", "/api/v2/status.json", "/api/v2/components.json", "/api/v2/incidents.json", "/api/v2/incidents/unresolved.json", "/api/v2/scheduled-maintenances/upcoming.json" },
            server.Requests);
    }
}
