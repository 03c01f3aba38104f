namespace StatusGen.Cli.Tests.Commands;

/// <summary>Inputs at the edges: one slug function for 'new' and 'import', nesting bombs, aliases against the build's own files.</summary>
[TestClass]
public sealed class ImportEdgeCaseTests
{
    private const string Now = "2024-06-01T00:00:00Z";

    [TestMethod]
    public void NewAndImportNameTheSameTitleTheSameWay()
    {
        using var cli = new CliHarness();
        cli.Write("old/content/issues/Störung in Zürich.md", "---\ntitle: Störung in Zürich\ndate: 2024-05-02 10:00:00\nresolved: true\nseverity: down\naffected: [API]\n---\n\n*Resolved* - Wieder erreichbar. {{< track \"2024-05-02 11:00:00\" >}}\n");

        var import = cli.Run("import", "cstate", "old", "--content", "site", "--now", Now);
        var created = cli.Run("new", "incident", "--content", "content", "--title", "Störung in Zürich", "--component", "api=major_outage", "--now", "2026-11-10T08:15:00Z");

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        Assert.AreEqual(0, created.ExitCode, created.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "site/incidents/2024-05-02-stoerung-in-zuerich.md")), import.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "content/incidents/2026-11-10-stoerung-in-zuerich.md")), created.ToString());
    }

    [TestMethod]
    public void ReportsANestingBombInFrontMatterInsteadOfCrashing()
    {
        using var cli = new CliHarness();
        // 9,000 stays under the line-length limit (SG0017), which since the merge catches longer lines first.
        cli.Write("old/content/issues/2024-05-02-bomb.md", "---\ntitle: " + new string('[', 9_000) + "\n---\n");
        cli.Write("old/content/issues/2024-05-03-fine.md", "---\ntitle: Fine\ndate: 2024-05-03 10:00:00\nresolved: true\nseverity: notice\naffected: [API]\n---\n\nAll good.\n");

        var run = cli.Run("import", "cstate", "old", "--content", "site", "--now", Now);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        CollectionAssert.Contains(run.ErrorLines, "old/content/issues/2024-05-02-bomb.md:2:107: error SG0604: the front matter nests lists or mappings more than 100 levels deep (fix it in the cState file and import again)");
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "site/incidents/2024-05-03-fine.md")));
    }

    [TestMethod]
    public void ReadsTimesWithoutOffsetInHugosConfiguredTimeZone()
    {
        using var cli = new CliHarness();
        cli.Write("old/config.yml", "title: Status\ntimeZone: Europe/Berlin\nbaseURL: https://status.example.org/\n");
        cli.Write("old/content/issues/2024-05-02-x.md", "---\ntitle: X\ndate: 2024-05-02 9:00:00\nresolved: true\nresolvedWhen: 2024-05-02 10:00:00\nseverity: notice\naffected: [API]\n---\n\n*Resolved* - Fixed by a restart of the API servers. {{< track \"2024-05-02 10:00:00\" >}}\n");

        var run = cli.Run("import", "cstate", "old", "--content", "site", "--now", Now);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var text = cli.Read("site/incidents/2024-05-02-x.md");
        StringAssert.Contains(text, "started: 2024-05-02T09:00:00+02:00\n");
        StringAssert.Contains(text, "resolved: 2024-05-02T10:00:00+02:00\n");
        StringAssert.Contains(cli.Read("site/site.yml"), "timezone: Europe/Berlin\n");
    }

    [TestMethod]
    public void ReportsAnAliasThatIsNoSitePathAtItsPosition()
    {
        using var cli = new CliHarness();
        cli.Write("content/incidents/2026-11-10-api-errors.md", CliHarness.Incident.Replace("title: API errors\n", "title: API errors\naliases:\n  - https://old.example/issues/x/\n", StringComparison.Ordinal));

        var check = cli.Run("check", "--content", "content");

        Assert.AreEqual(1, check.ExitCode, check.ToString());
        CollectionAssert.Contains(check.ErrorLines, "content/incidents/2026-11-10-api-errors.md:4:5: error SG0606: alias 'https://old.example/issues/x/' is not a path on this site (write the old address without scheme and host, starting with '/', e.g. '/issues/db-down/' (letters, digits, '-', '_', '.', '~' and '/'))");
    }

    [TestMethod]
    public void EveryTopLevelNameTheBuildWritesIsReservedForAliases()
    {
        using var cli = new CliHarness();
        cli.Write("content/incidents/2026-11-10-api-errors.md", CliHarness.Incident.Replace("title: API errors\n", "title: API errors\naliases: [/issues/api-errors/]\n", StringComparison.Ordinal));
        cli.Write("content/maintenance/2026-11-25-db.md", "---\ntitle: DB\nscheduled: 2026-11-25 22:00\nuntil: 2026-11-26 01:00\ncomponents: [api]\n---\n\nUpgrade.\n");

        var build = cli.Run("build", "--content", "content", "--output", "public", "--now", "2026-11-20T12:00:00Z");

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        var names = Directory.EnumerateFileSystemEntries(Path.Combine(cli.Root, "public")).Select(Path.GetFileName).OfType<string>();
        var unreserved = names.Where(n => !StatusGen.Validation.AliasValidator.Reserved.Contains(n) && n is not ("incidents" or "maintenance" or "issues")).ToList();
        Assert.IsEmpty(unreserved, "add these to AliasValidator.Reserved: an alias there would overwrite them");
    }

    [TestMethod]
    public void ReportsAnUnreadableLintSinceAtItsPosition()
    {
        using var cli = new CliHarness();
        cli.Write("content/site.yml", CliHarness.SiteYml + "\nlint:\n  since: soon\n");

        var check = cli.Run("check", "--content", "content");

        Assert.AreEqual(1, check.ExitCode, check.ToString());
        CollectionAssert.Contains(check.ErrorLines, "content/site.yml:11:10: error SG0401: 'soon' is not a timestamp (write 'YYYY-MM-DD HH:MM' in Europe/Berlin time (e.g. '2026-11-10 09:15') or ISO 8601 with an offset (e.g. '2026-11-10T09:15:00+01:00'))");
    }
}
