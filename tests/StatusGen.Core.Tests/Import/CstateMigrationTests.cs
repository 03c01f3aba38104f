using StatusGen.Diagnostics;
using StatusGen.Import;
using StatusGen.Import.Cstate;
using StatusGen.Model;

namespace StatusGen.Tests.Import;

/// <summary>The patterns of real cState sites (Import/Fixtures/cstate-migration) that earlier imports lost or invented.</summary>
[TestClass]
public sealed class CstateMigrationTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Site = ImportFixtures.Input("cstate-migration");
    private static readonly Lazy<ImportResult> Result = new(() => CstateImporter.Import(Site, Site, Now));

    private static ImportedIncident Incident(string slug) => Result.Value.Site!.Incidents.Single(i => i.Slug == slug);

    private static List<string> Lines(string file) =>
        [.. Result.Value.Diagnostics.Where(d => d.Position.Path.EndsWith(file, StringComparison.Ordinal)).Select(d => d.ToString())];

    [TestMethod]
    public void AcceptsTheOneDigitHoursHugoAccepts()
    {
        var incident = Incident("2024-02-01-one-digit-hour");

        Assert.AreEqual(new DateTimeOffset(2024, 2, 1, 9, 6, 14, TimeSpan.FromHours(1)), incident.Started);
        Assert.AreEqual(new DateTimeOffset(2024, 2, 1, 9, 58, 0, TimeSpan.FromHours(1)), incident.Resolved);
        CollectionAssert.AreEqual(new[] { "08:10", "08:58" }, incident.Updates.OrderBy(u => u.At).Select(u => $"{u.At.UtcDateTime:HH:mm}").ToArray());
        Assert.IsEmpty(Lines("one-digit-hour.md"));
    }

    [TestMethod]
    public void ReportsAnUnreadableDateAtItsPositionAndKeepsTheIncident()
    {
        var incident = Incident("2024-03-05-bad-time");

        Assert.AreEqual(new DateTimeOffset(2024, 3, 5, 14, 0, 0, TimeSpan.Zero), incident.Started, "the earliest update");
        CollectionAssert.Contains(Lines("bad-time.md"),
            "content/issues/2024-03-05-bad-time.md:3:7: warning SG0608: date 'yesterday at noon' cannot be read; the incident starts at 2024-03-05 14:00 UTC (its earliest update) (write it as 2018-06-13T13:00:00Z (or with an offset) and import again)");
    }

    [TestMethod]
    public void ImportsEveryOtherIssueWhenOneHasNoOpeningLine()
    {
        var result = Result.Value;

        Assert.IsTrue(result.HasErrors);
        CollectionAssert.AreEqual(
            new[]
            {
                "content/issues/2024-02-05-no-opening.md:1:1: error SG0604: the file does not start with front matter; the issue was not imported (give it front matter between two '---' lines (title, date, ...) and import again)",
            },
            Lines("no-opening.md"));
        Assert.HasCount(5, result.Site!.Incidents.Concat<object>(result.Site.Maintenances).ToList(), "all but the two unreadable files");
    }

    [TestMethod]
    public void ReportsAnUnclosedFlowAndAnImpossibleFileNameDateWithPositions()
    {
        var unclosed = Result.Value.Diagnostics.Single(d => d.Position.Path.EndsWith("unclosed-flow.md", StringComparison.Ordinal));
        Assert.AreEqual(DiagnosticCodes.ImportUnreadable, unclosed.Code);
        Assert.IsGreaterThanOrEqualTo(2, unclosed.Position.Line);

        var impossible = Result.Value.Site!.Incidents.Single(i => i.Title == "Impossible file name date");
        Assert.AreEqual(Now, impossible.Started, "neither a date nor a real file-name date: the import's time, reported");
        Assert.IsTrue(Lines("impossible-date.md").Any(l => l.Contains("'date' is missing; the incident starts at 2024-06-01 00:00 UTC (the import's time)", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ReadsBoldLabelsWithTheColonInside()
    {
        var updates = Incident("2024-02-01-one-digit-hour").Updates.OrderBy(u => u.At).ToList();

        CollectionAssert.AreEqual(new[] { IncidentUpdateStatus.Investigating, IncidentUpdateStatus.Resolved }, updates.Select(u => u.Status).ToArray());
        Assert.AreEqual("A stuck load balancer was replaced; requests succeed again.", updates[1].Markdown);
    }

    [TestMethod]
    public void ReadsAPlainLabelInABodyWithoutShortcodes()
    {
        var update = Incident("2024-02-10-slow-builds").Updates.Single();

        Assert.AreEqual(IncidentUpdateStatus.Investigating, update.Status);
        Assert.AreEqual("Downloads through the proxy are slow; builds take twice as long.", update.Markdown);
    }

    [TestMethod]
    public void InventsNoPublicUpdateForAResolutionWithoutMessage()
    {
        var incident = Incident("2024-02-10-slow-builds");

        Assert.AreEqual(new DateTimeOffset(2024, 2, 10, 13, 0, 0, TimeSpan.Zero), incident.Resolved);
        Assert.IsFalse(incident.Updates.Any(u => u.Status == IncidentUpdateStatus.Resolved));
    }

    [TestMethod]
    public void MergesSpellingVariantsAndSuggestsTheNameATypoMeans()
    {
        var incident = Incident("2024-02-10-slow-builds");
        var lines = Lines("slow-builds.md");

        CollectionAssert.AreEqual(new[] { "artifact-caching-proxy", "artifact-cachng-proxy" }, incident.Components.Select(c => c.ComponentId).ToArray());
        CollectionAssert.Contains(lines, "content/issues/2024-02-10-slow-builds.md:8:5: warning SG0609: 'artifact-caching-proxy' is read as 'Artifact Caching Proxy' (they differ only in case, spaces or punctuation) (nothing to do, unless they are different systems: then rename one in the cState files and import again)");
        CollectionAssert.Contains(lines, "content/issues/2024-02-10-slow-builds.md:9:5: warning SG0601: 'Artifact Cachng Proxy' is not a system in config.yml; added component 'artifact-cachng-proxy' for it (it may be a typo of 'Artifact Caching Proxy': if so, correct it in the cState file and import again)");
    }

    [TestMethod]
    public void KeepsEveryCategoryOfASystemConfiguredInSeveral()
    {
        var components = Result.Value.Site!.Components;

        CollectionAssert.IsSubsetOf(new[] { "api:API:Europe", "america-api:API:America", "artifact-caching-proxy:Artifact Caching Proxy:Tools" },
            components.Select(c => $"{c.Id}:{c.Name}:{c.Group}").ToList());
        CollectionAssert.AreEqual(new[] { "api", "america-api" }, Incident("2024-02-01-one-digit-hour").Components.Select(c => c.ComponentId).ToArray(), "an issue naming the system affects it in every category");
    }

    [TestMethod]
    public void ImportsAnIssueMarkedAsMaintenanceAsMaintenance()
    {
        var site = Result.Value.Site!;

        var maintenance = site.Maintenances.Single();
        Assert.AreEqual("2024-03-01-database-upgrade", maintenance.Slug);
        Assert.AreEqual(new DateTimeOffset(2024, 3, 1, 22, 0, 0, TimeSpan.Zero), maintenance.Scheduled);
        Assert.AreEqual(new DateTimeOffset(2024, 3, 2, 0, 30, 0, TimeSpan.Zero), maintenance.Until);
        Assert.AreEqual(MaintenanceUpdateStatus.Completed, maintenance.Updates.Single().Status);
        Assert.IsFalse(site.Incidents.Any(i => i.Title == "Planned database upgrade"));
    }

    [TestMethod]
    public void RecordsTheOldAddressOfEachIssueAndWhereTheHistoryEnds()
    {
        CollectionAssert.AreEqual(new[] { "/issues/2024-02-01-one-digit-hour/" }, Incident("2024-02-01-one-digit-hour").Aliases.ToArray());
        Assert.AreEqual(Now, Result.Value.Site!.HistoryEnds);
    }
}
