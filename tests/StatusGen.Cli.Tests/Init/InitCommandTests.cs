namespace StatusGen.Cli.Tests.Init;

[TestClass]
public sealed class InitCommandTests
{
    private static readonly string[] Layout =
    [
        "content/site.yml", "content/incidents/.gitkeep", "content/maintenance/.gitkeep", ".gitignore",
        ".config/dotnet-tools.json", "netlify.toml", ".github/workflows/statusgen.yml", ".github/workflows/statusgen-schedule.yml",
    ];

    [TestMethod]
    public void LaysOutARepositoryWhoseContentChecksCleanAndBuilds()
    {
        using var cli = new CliHarness();

        var run = cli.Run("init", "site", "--title", "Acme Status", "--base-url", "https://status.acme.test/", "--language", "de", "--timezone", "Europe/Berlin", "--component", "api=API", "--component", "web=Web app");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(Layout.Select(p => $"  created site/{p}").ToArray(), run.Output.Split('\n').Where(l => l.StartsWith("  created", StringComparison.Ordinal)).ToArray());
        var siteYml = cli.Read("site/content/site.yml");
        Assert.Contains("title: Acme Status\n", siteYml);
        Assert.Contains("language: de ", siteYml);
        Assert.Contains("  - id: web\n    name: Web app\n", siteYml);
        Assert.Contains("    since: 2026-11-20 ", siteYml);
        var check = cli.Run("check", "--content", "site/content");
        Assert.AreEqual(0, check.ExitCode, check.ToString());
        Assert.AreEqual("", check.Error);
        Assert.AreEqual(0, cli.Run("build", "--content", "site/content", "--output", "site/public").ExitCode);
    }

    [TestMethod]
    public void NeverOverwritesAFileAndSaysWhichItSkipped()
    {
        using var cli = new CliHarness();
        cli.Write("site/.gitignore", "mine\n");

        var run = cli.Run("init", "site", "--title", "Acme Status");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("mine\n", cli.Read("site/.gitignore"));
        Assert.Contains("  skipped site/.gitignore (it exists; left as it was)\n", run.Output);
        Assert.Contains("  created site/netlify.toml\n", run.Output);
    }

    [TestMethod]
    public void LaysOutTheCurrentFolderByDefaultAndKeepsItsSiteYml()
    {
        using var cli = new CliHarness();
        var before = cli.Read("content/site.yml");

        var run = cli.Run("init");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(before, cli.Read("content/site.yml"));
        Assert.Contains("  skipped content/site.yml (it exists; left as it was)\n", run.Output);
        Assert.Contains("  created .github/workflows/statusgen.yml\n", run.Output);
        Assert.DoesNotContain("using defaults", run.Output);
    }

    [TestMethod]
    public void AsksForWhatIsMissingWhenSomeoneIsAtTheTerminal()
    {
        using var cli = new CliHarness { Input = new StringReader("https://status.acme.test/\n\nEurope/Berlin\napi=API, web=Website\n") };

        var run = cli.Run("init", "site", "--title", "Acme Status");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.Contains("Address it will be served at [https://status.example.com/]: Language (de, en, es, fr, it, ja, nl, pl, pt-BR, sv) [en]: ", run.Output);
        Assert.DoesNotContain("Title of the status page", run.Output);
        var siteYml = cli.Read("site/content/site.yml");
        Assert.Contains("baseUrl: https://status.acme.test/ ", siteYml);
        Assert.Contains("language: en ", siteYml);
        Assert.Contains("  - id: api\n    name: API\n", siteYml);
        Assert.Contains("  - id: web\n    name: Website\n", siteYml);
    }

    [TestMethod]
    public void AsksAgainForALanguageOrTimeZoneItCannotUseInsteadOfDroppingEveryAnswer()
    {
        using var cli = new CliHarness { Input = new StringReader("\ntlh\nde\nBerlin\nEurope/Berlin\napi=API\n") };

        var run = cli.Run("init", "site", "--title", "Acme Status");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.Contains("Language (de, en, es, fr, it, ja, nl, pl, pt-BR, sv) [en]: 'tlh' is not a language of the theme; answer one of de, en, es, fr, it, ja, nl, pl, pt-BR, sv.", run.Output);
        Assert.AreEqual(2, run.Output.Split("Language (de, en, es, fr, it, ja, nl, pl, pt-BR, sv) [en]: ").Length - 1, "asked twice");
        Assert.Contains("[UTC]: unknown time zone 'Berlin'; answer an IANA name such as Europe/Berlin, America/New_York or UTC.\nTime zone", run.Output);
        var siteYml = cli.Read("site/content/site.yml");
        Assert.Contains("language: de ", siteYml);
        Assert.Contains("timezone: Europe/Berlin ", siteYml);
        Assert.Contains("  - id: api\n    name: API\n", siteYml);
    }

    [TestMethod]
    public void AsksNothingInCiAndSaysWhichDefaultsItUsed()
    {
        using var cli = new CliHarness { Input = new StringReader("never read\n") };
        cli.Environment["CI"] = "true";

        var run = cli.Run("init", "site", "--component", "api=API");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.Contains("Not given, so using defaults (edit content/site.yml to change them): --title Status, --base-url https://status.example.com/, --language en, --timezone UTC.\n", run.Output);
        Assert.Contains("title: Status\n", cli.Read("site/content/site.yml"));
    }

    [TestMethod]
    public void RejectsAnUnknownTimeZoneWithASuggestionAndWritesNothing()
    {
        using var cli = new CliHarness();

        var run = cli.Run("init", "site", "--timezone", "Europe/Berln");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: init: unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)\n", run.Error);
        Assert.IsFalse(Directory.Exists(Path.Combine(cli.Root, "site")));
    }

    [TestMethod]
    public void MakesAnIdFromABareComponentName()
    {
        using var cli = new CliHarness();

        var run = cli.Run("init", "site", "--component", "Web app");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.Contains("  - id: web-app\n    name: Web app\n", cli.Read("site/content/site.yml"));
    }

    [TestMethod]
    public void RejectsAComponentWithoutAnIdBeforeTheEqualsSign()
    {
        using var cli = new CliHarness();

        var run = cli.Run("init", "site", "--component", "=API");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: --component '=API' is not ID=Name, e.g. --component api=API\n", run.Error);
    }

    [TestMethod]
    public void QuotesATitleThatYamlWouldOtherwiseMisread()
    {
        using var cli = new CliHarness();

        var run = cli.Run("init", "site", "--title", "Acme: \"Status\" # live", "--component", "api=yes");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var siteYml = cli.Read("site/content/site.yml");
        Assert.Contains("title: \"Acme: \\\"Status\\\" # live\"\n", siteYml);
        Assert.Contains("    name: \"yes\"\n", siteYml);
    }

    [TestMethod]
    public void WritesTheWorkflowsOfTheExamplesFolder()
    {
        using var cli = new CliHarness();

        cli.Run("init", "site");

        foreach (var name in new[] { "statusgen.yml", "statusgen-schedule.yml" })
        {
            Assert.AreEqual(
                File.ReadAllText(RepositoryRoot.File($"examples/github-actions/{name}")).ReplaceLineEndings("\n"),
                cli.Read($"site/.github/workflows/{name}"),
                name);
        }
    }

    [TestMethod]
    public void PinsTheRunningVersionInTheToolManifest()
    {
        using var cli = new CliHarness();

        cli.Run("init", "site");

        Assert.Contains("\"statusgen\": {\n      \"version\": \"0.1.0\",", cli.Read("site/.config/dotnet-tools.json"));
    }

    [TestMethod]
    public void StartsFromACstateImport()
    {
        using var cli = new CliHarness();
        cli.Write("old/config.yml", "title: Old Status\nbaseURL: https://status.old.example\nparams:\n  systems:\n    - name: API\n      category: Core\n");
        cli.Write("old/content/issues/2024-05-01-api-down.md", "---\ntitle: API down\ndate: 2024-05-01 10:00:00\nresolved: true\nresolvedWhen: 2024-05-01 11:00:00\nseverity: down\naffected:\n  - API\n---\n\n*Resolved* - A failed disk; we replaced it and restored the data. {{< track \"2024-05-01 11:00:00\" >}}\n\n*Investigating* - The API is down. {{< track \"2024-05-01 10:05:00\" >}}\n");

        var run = cli.Run("init", "site", "--from-cstate", "old", "--now", "2024-06-01T00:00:00Z");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.Contains("title: Old Status", cli.Read("site/content/site.yml"));
        Assert.IsTrue(File.Exists(Path.Combine(cli.Root, "site/content/incidents/2024-05-01-api-down.md")), run.ToString());
        Assert.Contains("  created site/.github/workflows/statusgen.yml\n", run.Output);
        Assert.AreEqual(0, cli.Run("check", "--content", "site/content", "--now", "2024-06-01T00:00:00Z").ExitCode);
    }

    [TestMethod]
    public void LaysOutTheRepositoryEvenWhenTheImportReportsErrors()
    {
        using var cli = new CliHarness();
        Directory.CreateDirectory(Path.Combine(cli.Root, "export"));

        var run = cli.Run("init", "site", "--from-statuspage", "export");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        Assert.Contains("error SG0604", run.Error);
        Assert.Contains("  created site/.github/workflows/statusgen.yml\n", run.Output);
    }

    [TestMethod]
    public void RefusesSiteOptionsTogetherWithAnImport()
    {
        using var cli = new CliHarness();

        var run = cli.Run("init", "site", "--from-statuspage", "export", "--title", "X");

        Assert.AreEqual(2, run.ExitCode);
        Assert.StartsWith("statusgen: --title, --base-url, --language, --timezone and --component cannot be combined with an import", run.Error);
    }
}
