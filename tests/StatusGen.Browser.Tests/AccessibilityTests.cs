using Microsoft.Playwright;
using System.Text.Json;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Browser.Tests;

/// <summary>axe-core (npm axe-core, injected from tests/node_modules) finds no violations, in light and dark.</summary>
[TestClass]
public sealed class AccessibilityTests
{
    private static readonly string[] Paths =
    [
        "", "incidents/2026-11-22-api-errors/", "incidents/2026-11-18-database-outage/", "components/db/",
        "history/", "uptime/", "maintenance/", "maintenance/2026-11-28-db-upgrade/", "404.html",
    ];

    [TestMethod]
    public Task NoViolationsInTheLightScheme() => AssertNoViolationsAsync(ServedSite.Busy, ColorScheme.Light);

    [TestMethod]
    public Task NoViolationsInTheDarkScheme() => AssertNoViolationsAsync(ServedSite.Busy, ColorScheme.Dark);

    [TestMethod]
    public Task NoViolationsInGerman() => AssertNoViolationsAsync(ServedSite.BusyGerman, ColorScheme.Light);

    [TestMethod]
    public async Task NoViolationsOnTheHomePageOfALargeBusySite()
    {
        await AssertNoViolationsAsync(ServedSite.Large, ColorScheme.Light, [""]);
        await AssertNoViolationsAsync(ServedSite.Large, ColorScheme.Dark, [""]);
    }

    [TestMethod]
    public async Task NoViolationsOnTheDemoSite()
    {
        var demo = ServedSite.Demo;
        var incident = FirstIncident(demo);
        string[] paths = incident is null ? [""] : ["", $"incidents/{incident.Slug}/"];
        await AssertNoViolationsAsync(demo, ColorScheme.Light, paths);
        await AssertNoViolationsAsync(demo, ColorScheme.Dark, paths);
    }

    private static async Task AssertNoViolationsAsync(ServedSite site, ColorScheme scheme, IReadOnlyList<string>? paths = null)
    {
        var axe = ExternalTool.Require(Path.Combine(RepoPaths.NodeModules, "axe-core", "axe.min.js"), "axe-core (npm)");
        var failures = new List<string>();
        foreach (var path in paths ?? Paths)
        {
            var (page, _) = await site.OpenAsync(path, new() { ColorScheme = scheme });
            await page.AddScriptTagAsync(new() { Path = axe });
            var result = await page.EvaluateAsync<JsonElement>("async () => { const r = await axe.run(document); return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) })); }");
            foreach (var violation in result.EnumerateArray())
            {
                failures.Add($"{scheme} /{path}: {violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): {violation.GetProperty("help").GetString()}\n    "
                    + string.Join("\n    ", violation.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())));
            }

            await page.Context.CloseAsync();
        }

        Assert.IsEmpty(failures, string.Join("\n", failures));
    }

    private static StatusGen.Model.Incident? FirstIncident(ServedSite site) =>
        site.Site.Snapshot.Content.Incidents is { Count: > 0 } incidents ? incidents[0] : null;
}
