using StatusGen.Diagnostics;
using StatusGen.Import;
using StatusGen.Import.Cstate;
using StatusGen.Model;

namespace StatusGen.Tests.Import;

[TestClass]
public sealed class CstateImporterTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Site = ImportFixtures.Input("cstate-site");
    private string output = "";

    [TestInitialize]
    public void CreateFolder() => output = Directory.CreateTempSubdirectory("statusgen-import-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(output, recursive: true);

    private static ImportResult Import() => CstateImporter.Import(Site, Site, Now);

    private static ImportedIncident Incident(ImportResult result, string slug) => result.Site!.Incidents.Single(i => i.Slug == slug);

    [TestMethod]
    public void WritesTheSameContentAsTheGoldenFiles()
    {
        var result = Import();

        ImportWriter.Write(result.Site!, output, overwrite: false);

        ImportFixtures.AssertMatchesGolden("cstate-site", output, result.Diagnostics);
    }

    [TestMethod]
    public void KeepsEveryIssueWithItsStartAndResolution()
    {
        var result = Import();

        Assert.IsFalse(result.HasErrors);
        CollectionAssert.AreEqual(
            new[] { "2024-05-31-login-outage", "2024-05-14-cdn-slowness", "2024-03-02-database-failover", "2023-11-20-scheduled-upgrade", "2022-08-01-dns-notice", "2021-01-05-legacy-note" },
            result.Site!.Incidents.Select(i => i.Slug).ToArray());
        var failover = Incident(result, "2024-03-02-database-failover");
        Assert.AreEqual(new DateTimeOffset(2024, 3, 2, 14, 2, 0, TimeSpan.Zero), failover.Started);
        Assert.AreEqual(new DateTimeOffset(2024, 3, 2, 15, 41, 0, TimeSpan.Zero), failover.Resolved);
    }

    [TestMethod]
    public void MapsSystemsAndCategoriesToComponentsAndGroups()
    {
        var components = Import().Site!.Components;

        CollectionAssert.AreEqual(
            new[] { "api:Core Platform", "database:Core Platform", "website:", "media-proxy:Edge", "dns:Edge", "payments-gateway:" },
            components.Select(c => $"{c.Id}:{c.Group}").ToArray());
        Assert.AreEqual("The REST and GraphQL API.", components[0].Description);
    }

    [TestMethod]
    [DataRow("2024-03-02-database-failover", ComponentStatus.MajorOutage)]
    [DataRow("2024-05-14-cdn-slowness", ComponentStatus.PartialOutage)]
    [DataRow("2023-11-20-scheduled-upgrade", ComponentStatus.DegradedPerformance)]
    public void MapsSeveritiesToComponentStatuses(string slug, ComponentStatus expected)
    {
        var incident = Incident(Import(), slug);

        Assert.IsTrue(incident.Components.All(c => c.Changes.Single().Status == expected));
    }

    [TestMethod]
    public void TurnsTrackShortcodesIntoUpdatesWithTheirStatusAndTime()
    {
        var updates = Incident(Import(), "2024-03-02-database-failover").Updates.OrderBy(u => u.At).ToList();

        CollectionAssert.AreEqual(
            new[] { "14:10 Investigating", "14:30 Identified", "15:05 Monitoring", "15:41 Resolved" },
            updates.Select(u => $"{u.At:HH:mm} {u.Status}").ToArray());
        Assert.StartsWith("The primary database is healthy again", updates[^1].Markdown);
        Assert.EndsWith("added an alert on disk usage.", updates[^1].Markdown);
    }

    [TestMethod]
    public void KeepsAnUnknownLabelInTheTextOfAnUpdate()
    {
        var first = Incident(Import(), "2023-11-20-scheduled-upgrade").Updates.MinBy(u => u.At)!;

        Assert.AreEqual(IncidentUpdateStatus.Update, first.Status);
        Assert.StartsWith("*Just began* -", first.Markdown);
    }

    [TestMethod]
    public void MarksInformationalIssuesAsWithoutImpact() =>
        Assert.AreEqual(Impact.None, Incident(Import(), "2023-11-20-scheduled-upgrade").Impact);

    [TestMethod]
    public void CreatesAComponentForAnAffectedNameThatIsNotConfigured()
    {
        var result = Import();

        var warning = result.Diagnostics.Single(d => d.Code == DiagnosticCodes.ImportUnknownAffected);
        Assert.AreEqual("content/issues/2024-05-14-cdn-slowness.md:6:27: warning SG0601: 'Payments Gateway' is not a system in config.yml; added component 'payments-gateway' for it (rename it in site.yml, or give it a group)", warning.ToString());
        CollectionAssert.Contains(Incident(result, "2024-05-14-cdn-slowness").Components.Select(c => c.ComponentId).ToList(), "payments-gateway");
    }

    [TestMethod]
    public void ClosesAnOldUnresolvedNoticeAtItsLastUpdate()
    {
        var result = Import();

        var notice = Incident(result, "2022-08-01-dns-notice");
        Assert.AreEqual(new DateTimeOffset(2022, 8, 2, 7, 30, 0, TimeSpan.Zero), notice.Resolved);
        Assert.IsFalse(notice.Updates.Any(u => u.Status == IncidentUpdateStatus.Resolved), "no public update is invented for the closing");
        var warning = result.Diagnostics.Single(d => d.Code == DiagnosticCodes.ImportUnresolved && d.Position.Path.EndsWith("dns-notice.md", StringComparison.Ordinal));
        Assert.AreEqual(4, warning.Position.Line, "points at 'resolved: false'");
    }

    [TestMethod]
    public void KeepsARecentUnresolvedIssueOngoing()
    {
        var result = Import();

        Assert.IsNull(Incident(result, "2024-05-31-login-outage").Resolved);
        Assert.Contains("imported as ongoing", result.Diagnostics.Single(d => d.Position.Path.EndsWith("login-outage.md", StringComparison.Ordinal)).Message);
    }

    [TestMethod]
    public void ReportsMissingFieldsAtTheirFileLineAndColumn()
    {
        var result = Import();

        var missing = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImportMissingField).Select(d => d.ToString()).ToList();
        CollectionAssert.Contains(missing, "content/issues/2021-01-05-legacy-note.md:1:1: warning SG0603: 'title' is missing; the file name gives 'Legacy note' (check the imported incident, or fix 'title' in the cState file and import again)");
        CollectionAssert.Contains(missing, "content/issues/2021-01-05-legacy-note.md:1:1: warning SG0603: 'severity' is missing; no severity is imported as 'disrupted' (partial_outage) (check the imported incident, or fix 'severity' in the cState file and import again)");
        Assert.IsTrue(missing.Any(m => m.StartsWith("content/issues/2024-05-14-cdn-slowness.md:1:1: warning SG0603: 'resolvedWhen' is missing", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void MakesTextWithoutTrackShortcodesTheOnlyUpdate()
    {
        var note = Incident(Import(), "2021-01-05-legacy-note");

        CollectionAssert.AreEqual(new[] { IncidentUpdateStatus.Update }, note.Updates.Select(u => u.Status).ToArray());
        Assert.StartsWith("We moved the website", note.Updates.Single(u => u.Status == IncidentUpdateStatus.Update).Markdown);
    }

    [TestMethod]
    public void ReportsBrokenFrontMatterAsAnErrorAtItsPosition()
    {
        var site = Directory.CreateDirectory(Path.Combine(output, "broken"));
        Directory.CreateDirectory(Path.Combine(site.FullName, "content", "issues"));
        File.WriteAllText(Path.Combine(site.FullName, "content", "issues", "bad.md"), "---\ntitle: x\ndate: [2024\n---\n");

        var result = CstateImporter.Import(site.FullName, site.FullName, Now);

        Assert.IsTrue(result.HasErrors);
        var error = result.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual(DiagnosticCodes.ImportUnreadable, error.Code);
        Assert.AreEqual("content/issues/bad.md", error.Position.Path);
        Assert.IsGreaterThanOrEqualTo(3, error.Position.Line);
    }

    [TestMethod]
    public void ImportsTwiceWithoutChangingAnything()
    {
        var site = Import().Site!;
        ImportWriter.Write(site, output, overwrite: false);

        var second = ImportWriter.Write(site, output, overwrite: false);

        Assert.IsEmpty(second.Written);
        Assert.IsTrue(second.SiteYmlKept);
    }

    [TestMethod]
    public void RefusesToOverwriteAnEditedIncidentFile()
    {
        var site = Import().Site!;
        ImportWriter.Write(site, output, overwrite: false);
        var edited = Path.Combine(output, "incidents", "2024-05-14-cdn-slowness.md");
        File.AppendAllText(edited, "\nMy edit.\n");

        var e = Assert.ThrowsExactly<ImportConflictException>(() => ImportWriter.Write(site, output, overwrite: false));

        CollectionAssert.AreEqual(new[] { "incidents/2024-05-14-cdn-slowness.md" }, e.Paths.ToArray());
        Assert.EndsWith("My edit.\n", File.ReadAllText(edited));
    }
}
