using StatusGen.Import;
using StatusGen.Import.Statuspage;

namespace StatusGen.Tests.Import;

/// <summary>The patterns of real Statuspage exports (Import/Fixtures/statuspage-migration) that earlier imports invented or crashed on.</summary>
[TestClass]
public sealed class StatuspageMigrationTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Export = ImportFixtures.Input("statuspage-migration");
    private static readonly Lazy<ImportResult> Result = new(() => StatuspageImporter.Import(Export, Export, Now));

    private static ImportedIncident Incident(string title) => Result.Value.Site!.Incidents.Single(i => i.Title == title);

    [TestMethod]
    public void InventsNoOutageForAComponentThatStayedOperational()
    {
        var incident = Incident("Elevated API errors");

        CollectionAssert.AreEqual(new[] { "api" }, incident.Components.Select(c => c.ComponentId).ToArray());
    }

    [TestMethod]
    public void ConvertsHtmlInUpdateBodiesToMarkdown()
    {
        var bodies = Incident("Elevated API errors").Updates.OrderBy(u => u.At).Select(u => u.Markdown).ToArray();

        CollectionAssert.AreEqual(
            new[]
            {
                "We see errors on the API.  \nThe website is not affected.",
                "The fix is deployed.  \nError rates are **back to normal**; see [the notes](https://globex.example/notes).",
            },
            bodies);
    }

    [TestMethod]
    public void InventsNoPublicUpdateForTheResolution()
    {
        var incident = Incident("An incident with a null id");

        Assert.IsNotNull(incident.Resolved);
        Assert.IsEmpty(incident.Updates);
    }

    [TestMethod]
    public void ImportsIncidentsWithoutIdsAndReportsNullEntriesWithTheirPositions()
    {
        var result = Result.Value;
        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();

        Assert.IsFalse(result.HasErrors, string.Join("\n", lines));
        Assert.HasCount(3, result.Site!.Incidents);
        CollectionAssert.Contains(lines, "incidents.json:10:9: warning SG0603: incident inc1: update 1 is null; it is skipped (check the export)");
        CollectionAssert.Contains(lines, "incidents.json:15:13: warning SG0603: incident inc1: affected component 2 of update 2 is null or has no 'code'; it is skipped (check the export)");
        CollectionAssert.Contains(lines, "incidents.json:32:5: warning SG0603: entry 3 of 'incidents' is null; it is skipped (check the export)");
        CollectionAssert.Contains(lines, "incidents.json:19:5: warning SG0603: the incident has no 'id'; it is imported, but its old address cannot be redirected (check the export; Statuspage gives every incident an id)");
        CollectionAssert.Contains(lines, "summary.json:5:5: warning SG0603: component id 'grpcore' appears twice; the second is skipped (check the export)");
        CollectionAssert.Contains(lines, "summary.json:8:5: warning SG0603: entry 4 of 'components' is null; it is skipped (check the export)");
    }

    [TestMethod]
    public void RecordsTheOldAddressOfEachIncident() =>
        CollectionAssert.AreEqual(new[] { "/incidents/inc1/" }, Incident("Elevated API errors").Aliases.ToArray());

    [TestMethod]
    public void ImportsScheduledMaintenanceAsMaintenance()
    {
        var site = Result.Value.Site!;

        var maintenance = site.Maintenances.Single();
        Assert.AreEqual("2024-04-27-database-upgrade", maintenance.Slug);
        Assert.AreEqual(new DateTimeOffset(2024, 4, 27, 22, 0, 0, TimeSpan.FromHours(2)), maintenance.Scheduled);
        Assert.AreEqual(new DateTimeOffset(2024, 4, 28, 1, 0, 0, TimeSpan.FromHours(2)), maintenance.Until);
        CollectionAssert.AreEqual(new[] { "api" }, maintenance.ComponentIds.ToArray());
        CollectionAssert.AreEqual(new[] { "Scheduled", "InProgress", "Completed" }, maintenance.Updates.OrderBy(u => u.At).Select(u => u.Status.ToString()).ToArray());
        Assert.IsFalse(site.Incidents.Any(i => i.Title == "Database upgrade"));
    }
}
