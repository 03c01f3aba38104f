using StatusGen.Diagnostics;
using StatusGen.Import;
using StatusGen.Import.Statuspage;
using StatusGen.Model;

namespace StatusGen.Tests.Import;

[TestClass]
public sealed class StatuspageImporterTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Export = ImportFixtures.Input("statuspage-export");
    private string output = "";

    [TestInitialize]
    public void CreateFolder() => output = Directory.CreateTempSubdirectory("statusgen-import-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(output, recursive: true);

    private static ImportResult Import() => StatuspageImporter.Import(Export, Export, Now);

    private static ImportedIncident Incident(string slug) => Import().Site!.Incidents.Single(i => i.Slug == slug);

    [TestMethod]
    public void WritesTheSameContentAsTheGoldenFiles()
    {
        var result = Import();

        ImportWriter.Write(result.Site!, output, overwrite: false);

        ImportFixtures.AssertMatchesGolden("statuspage-export", output, result.Diagnostics);
    }

    [TestMethod]
    public void KeepsEveryIncidentOnceWithItsTimes()
    {
        var site = Import().Site!;

        CollectionAssert.AreEqual(
            new[] { "2024-05-31-api-unavailable", "2024-04-02-delayed-webhooks", "2024-02-12-dashboard-and-api-errors", "2023-09-01-slow-search" },
            site.Incidents.Select(i => i.Slug).ToArray());
        Assert.AreEqual("Europe/Berlin", site.TimeZoneId);
        Assert.AreEqual(new DateTimeOffset(2024, 4, 3, 1, 10, 0, TimeSpan.FromHours(2)), site.Incidents[1].Resolved);
    }

    [TestMethod]
    public void TakesComponentsAndGroupsFromTheSummary() =>
        CollectionAssert.AreEqual(
            new[] { "api:Core", "dashboard:Core", "webhooks:", "general:", "legacy-sso:" },
            Import().Site!.Components.Select(c => $"{c.Id}:{c.Group}").ToArray());

    [TestMethod]
    public void BuildsComponentTimelinesFromTheUpdatesComponentChanges()
    {
        var incident = Incident("2024-02-12-dashboard-and-api-errors");

        var api = incident.Components.Single(c => c.ComponentId == "api");
        CollectionAssert.AreEqual(
            new[] { "13:05 MajorOutage", "14:40 DegradedPerformance" },
            api.Changes.Select(c => $"{c.At.UtcDateTime:HH:mm} {c.Status}").ToArray(),
            "the change to operational at the resolution is implied by the end");
    }

    [TestMethod]
    public void GivesComponentsWithoutChangesTheStatusTheImpactImplies() =>
        Assert.AreEqual(ComponentStatus.DegradedPerformance, Incident("2024-04-02-delayed-webhooks").Components.Single().Changes.Single().Status);

    [TestMethod]
    public void ImportsThePostmortemAsAnUpdate()
    {
        var postmortem = Incident("2024-02-12-dashboard-and-api-errors").Updates.Single(u => u.Status == IncidentUpdateStatus.Postmortem);

        Assert.AreEqual(new DateTimeOffset(2024, 2, 15, 9, 0, 0, TimeSpan.Zero), postmortem.At);
        Assert.StartsWith("## What happened", postmortem.Markdown);
    }

    [TestMethod]
    public void WarnsAboutAComponentMissingFromTheSummary()
    {
        var warning = Import().Diagnostics.Single(d => d.Code == DiagnosticCodes.ImportUnknownAffected);

        Assert.Contains("'Legacy SSO' (cmp9old)", warning.Message);
    }

    [TestMethod]
    public void KeepsTheCurrentIncidentOngoingAndClosesAnOldUnresolvedOne()
    {
        var result = Import();

        Assert.IsNull(result.Site!.Incidents.Single(i => i.Slug == "2024-05-31-api-unavailable").Resolved);
        Assert.AreEqual(new DateTimeOffset(2023, 9, 1, 7, 0, 0, TimeSpan.Zero), result.Site.Incidents.Single(i => i.Slug == "2023-09-01-slow-search").Resolved);
        Assert.AreEqual(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.ImportUnresolved));
    }

    [TestMethod]
    public void PrefersTheCopyOfAnIncidentWithMoreUpdates() =>
        Assert.HasCount(2, Incident("2024-05-31-api-unavailable").Updates);

    [TestMethod]
    public void ReportsJsonThatIsNotAnExportAtItsLine()
    {
        File.WriteAllText(Path.Combine(output, "incidents.json"), "{\n  \"incidents\": [\n    {\"id\": \n");

        var result = StatuspageImporter.Import(output, output, Now);

        Assert.IsTrue(result.HasErrors);
        Assert.AreEqual("incidents.json", result.Diagnostics.Single().Position.Path);
        Assert.AreEqual(4, result.Diagnostics.Single().Position.Line);
    }
}
