using AngleSharp.Html.Parser;

namespace StatusGen.Cli.Tests.Commands;

/// <summary>'statusgen import' as a user runs it: exit codes, what is written, and what 'check' and 'build' make of it.</summary>
[TestClass]
public sealed class ImportMigrationCommandTests
{
    private const string Now = "2024-06-01T00:00:00Z";

    [TestMethod]
    public void ImportsEverythingElseAndExitsOneWhenASourceFileIsMalformed()
    {
        using var cli = new CliHarness();
        ImportSources.CopyTo(cli, "cstate-migration", "old");

        var run = cli.Run("import", "cstate", "old", "--content", "site", "--now", Now);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        CollectionAssert.Contains(run.ErrorLines, "old/content/issues/2024-02-05-no-opening.md:1:1: error SG0604: the file does not start with front matter; the issue was not imported (give it front matter between two '---' lines (title, date, ...) and import again)");
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "site/incidents/2024-02-01-one-digit-hour.md")));
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "site/maintenance/2024-03-01-database-upgrade.md")));
        Assert.AreEqual(0, cli.Run("check", "--content", "site", "--now", Now).ExitCode, "what was written checks clean");
    }

    [TestMethod]
    public void ImportedHistoryPassesStrictCheckAndReimportingChangesNothing()
    {
        using var cli = new CliHarness();
        ImportSources.CopyTo(cli, "cstate-site", "old");
        Assert.AreEqual(0, cli.Run("import", "cstate", "old", "--content", "site", "--now", Now).ExitCode);
        var before = cli.Tree("site");

        var again = cli.Run("import", "cstate", "old", "--content", "site", "--now", Now);
        var after = cli.Tree("site"); // before check, which keeps its content cache in site/.statusgen/cache
        var strict = cli.Run("check", "--strict", "--content", "site", "--now", "2024-08-01T00:00:00Z");

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Output, "0 files written", StringComparison.Ordinal);
        CollectionAssert.AreEqual(before, after);
        Assert.AreEqual(0, strict.ExitCode, strict.ToString());
        StringAssert.Contains(cli.Read("site/site.yml"), "lint:\n  # The imported history ends here; the communication lint applies to incidents that start later.\n  since: 2024-06-01T00:00:00+00:00\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ReimportingAsksForNothingTheKeptSiteYmlAlreadyHas()
    {
        using var cli = new CliHarness();
        ImportSources.CopyTo(cli, "cstate-site", "old");
        Assert.AreEqual(0, cli.Run("import", "cstate", "old", "--content", "site", "--now", Now).ExitCode);

        var again = cli.Run("import", "cstate", "old", "--content", "site", "--now", Now);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Output, "Kept the existing site/site.yml; it defines every imported component and its lint.since.", StringComparison.Ordinal);
        Assert.IsFalse(again.Output.Contains("add to it", StringComparison.Ordinal), again.Output);
        Assert.IsFalse(again.Output.Contains("make sure", StringComparison.Ordinal), again.Output);
    }

    [TestMethod]
    public void ImportIntoAKeptSiteYmlNamesOnlyWhatItLacks()
    {
        using var cli = new CliHarness();
        ImportSources.CopyTo(cli, "cstate-site", "old");
        Assert.AreEqual(0, cli.Run("import", "cstate", "old", "--content", "site", "--now", Now).ExitCode);
        var siteYml = cli.Read("site/site.yml");
        cli.Write("site/site.yml", siteYml[..siteYml.IndexOf("lint:", StringComparison.Ordinal)] + siteYml[siteYml.IndexOf("components:", StringComparison.Ordinal)..]);

        var again = cli.Run("import", "cstate", "old", "--content", "site", "--now", Now);

        StringAssert.Contains(again.Output, "To lint only what comes after the imported history, add to it: 'lint:' with 'since: 2024-06-01T00:00:00+00:00'.", StringComparison.Ordinal);
        Assert.IsFalse(again.Output.Contains("make sure", StringComparison.Ordinal), again.Output);
    }

    [TestMethod]
    public void TheClosingHintNamesTheBuildOfTheImportedFolderAndOnlyWarningsThatWerePrinted()
    {
        using var cli = new CliHarness();
        cli.Write("export/summary.json", """{"page":{"id":"p","name":"Acme","url":"https://status.acme.example","time_zone":"Etc/UTC"},"components":[{"id":"c1","name":"API","status":"operational"}]}""");
        ImportSources.CopyTo(cli, "cstate-site", "old");

        var clean = cli.Run("import", "statuspage", "export", "--content", "site", "--now", Now);
        var warned = cli.Run("import", "cstate", "old", "--content", "other", "--now", Now);

        Assert.AreEqual(0, clean.ExitCode, clean.ToString());
        Assert.AreEqual("", clean.Error);
        StringAssert.EndsWith(clean.Output, "Checked site: no errors. Next: statusgen build --content site\n", StringComparison.Ordinal);
        Assert.AreEqual(0, warned.ExitCode, warned.ToString());
        StringAssert.EndsWith(warned.Output, "Checked other: no errors. Review the warnings above, then: statusgen build --content other\n", StringComparison.Ordinal);
        Assert.AreEqual(0, cli.Run("build", "--content", "site", "--now", Now).ExitCode, "the hint, run as printed, builds");
    }

    [TestMethod]
    public void BuildRedirectsOldAddressesWithRulesAndAPagePerAddress()
    {
        using var cli = new CliHarness();
        ImportSources.CopyTo(cli, "cstate-site", "old");
        Assert.AreEqual(0, cli.Run("import", "cstate", "old", "--content", "site", "--now", Now).ExitCode);

        var build = cli.Run("build", "--content", "site", "--output", "public", "--now", Now);

        Assert.AreEqual(0, build.ExitCode, build.ToString());
        var rules = cli.Read("public/_redirects").Split('\n');
        CollectionAssert.Contains(rules, "/issues/2024-03-02-database-failover/ /incidents/2024-03-02-database-failover/ 301!");
        CollectionAssert.Contains(rules, "/issues/login-outage/ /incidents/2024-05-31-login-outage/ 301!");
        CollectionAssert.Contains(rules, "/issues/login-outage /incidents/2024-05-31-login-outage/ 301!");
        var page = new HtmlParser().ParseDocument(cli.Read("public/issues/login-outage/index.html"));
        Assert.AreEqual("0; url=../../incidents/2024-05-31-login-outage/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.AreEqual("https://status.northwind.example/incidents/2024-05-31-login-outage/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.AreEqual("../../incidents/2024-05-31-login-outage/", page.QuerySelector("body a")!.GetAttribute("href"));
    }

    [TestMethod]
    public void RejectsAnAliasThatIsAnAddressTheBuildWrites()
    {
        using var cli = new CliHarness();
        cli.Write("content/incidents/2026-11-10-api-errors.md", CliHarness.Incident.Replace("title: API errors\n", "title: API errors\naliases: [\"/history/\"]\n", StringComparison.Ordinal));

        var check = cli.Run("check", "--content", "content");

        Assert.AreEqual(1, check.ExitCode, check.ToString());
        CollectionAssert.Contains(check.ErrorLines, "content/incidents/2026-11-10-api-errors.md:3:11: error SG0607: alias '/history/' is an address the build writes itself (remove it; only old addresses that no page of this site uses can redirect)");
    }

    [TestMethod]
    public void StatuspageImportRebuildsOldIncidentAddressesAndReimportsAsANoOp()
    {
        using var cli = new CliHarness();
        ImportSources.CopyTo(cli, "statuspage-migration", "export");
        var first = cli.Run("import", "statuspage", "export", "--content", "site", "--now", Now);
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var before = cli.Tree("site");

        var again = cli.Run("import", "statuspage", "export", "--content", "site", "--now", Now);
        var after = cli.Tree("site"); // before build, which keeps its content cache in site/.statusgen/cache
        var build = cli.Run("build", "--content", "site", "--output", "public", "--now", Now);

        StringAssert.Contains(again.Output, "0 files written", StringComparison.Ordinal);
        CollectionAssert.AreEqual(before, after);
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        CollectionAssert.Contains(cli.Read("public/_redirects").Split('\n'), "/incidents/inc1/ /incidents/2024-04-02-elevated-api-errors/ 301!");
        CollectionAssert.Contains(cli.Read("public/_redirects").Split('\n'), "/incidents/mnt1/ /maintenance/2024-04-27-database-upgrade/ 301!");
        var page = new HtmlParser().ParseDocument(cli.Read("public/incidents/inc1/index.html"));
        Assert.AreEqual("0; url=../../incidents/2024-04-02-elevated-api-errors/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }
}
