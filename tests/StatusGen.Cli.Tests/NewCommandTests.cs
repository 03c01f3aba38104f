namespace StatusGen.Cli.Tests;

[TestClass]
public sealed class NewCommandTests
{
    [TestMethod]
    public void WritesAnIncidentThatCheckAccepts()
    {
        using var cli = new CliHarness();

        var run = cli.Run("new", "incident", "--content", "content", "--title", "Tracking: \"slow\" updates", "--component", "tracking=degraded_performance", "--component", "api=partial_outage", "--now", "2026-11-10T08:15:42Z");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("content/incidents/2026-11-10-tracking-slow-updates.md\n", run.Output);
        Assert.AreEqual(
            """
            ---
            # Edit the update below: what users notice, what you are doing, when the next update comes.
            # Add 'resolved: YYYY-MM-DD HH:MM' and a '## ... Resolved' update when it is over.
            title: "Tracking: \"slow\" updates"
            started: 2026-11-10 09:15
            components:
              tracking: degraded_performance
              api: partial_outage
            ---

            ## 2026-11-10 09:15 Investigating
            We are investigating problems with Tracking and API. We will post an update within 60 minutes.

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            cli.Read("content/incidents/2026-11-10-tracking-slow-updates.md"));
        var check = cli.Run("check", "--now", "2026-11-10T08:16:00Z");
        Assert.AreEqual(0, check.ExitCode, check.ToString());
    }

    [TestMethod]
    public void WritesTheFirstUpdateInTheSitesLanguageFromItsLanguageFile()
    {
        using var cli = new CliHarness().Write("content/site.yml", CliHarness.SiteYml.Replace("language: en", "language: fr", StringComparison.Ordinal));

        var run = cli.Run("new", "incident", "--title", "Suivi lent", "--component", "tracking=degraded_performance", "--component", "api=partial_outage", "--now", "2026-11-10T08:15:42Z");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(cli.Read("content/incidents/2026-11-10-suivi-lent.md"),
            "\nNous analysons des problèmes touchant Tracking et API. Prochaine communication dans 60 minutes au plus tard.\n", StringComparison.Ordinal);
    }

    [TestMethod]
    public void NeverOverwritesAnExistingFileButAddsASuffix()
    {
        using var cli = new CliHarness();
        string[] args = ["new", "incident", "--title", "API errors", "--component", "api=major_outage", "--impact", "critical"];

        var first = cli.Run(args);
        var second = cli.Run(args);

        Assert.AreEqual("content/incidents/2026-11-20-api-errors.md\n", first.Output, first.ToString());
        Assert.AreEqual("content/incidents/2026-11-20-api-errors-2.md\n", second.Output, second.ToString());
        Assert.Contains("impact: critical\n", cli.Read("content/incidents/2026-11-20-api-errors-2.md"));
        Assert.AreEqual(0, cli.Run("check").ExitCode);
    }

    [TestMethod]
    public void UsesSourceDateEpochAsNowAndWritesAnOffsetWhenTheLocalTimeIsAmbiguous()
    {
        using var cli = new CliHarness();
        cli.Environment["SOURCE_DATE_EPOCH"] = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = cli.Run("new", "incident", "--title", "Night", "--component", "api=major_outage");

        Assert.AreEqual("content/incidents/2026-10-25-night.md\n", run.Output, run.ToString());
        Assert.Contains("started: 2026-10-25T02:30:00+02:00\n", cli.Read("content/incidents/2026-10-25-night.md"));
        Assert.AreEqual(0, cli.Run("check").ExitCode);
    }

    [TestMethod]
    public void WritesAMaintenanceThatCheckAccepts()
    {
        using var cli = new CliHarness() { Clock = new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero) };

        var run = cli.Run("new", "maintenance", "--title", "Datenbank-Upgrade", "--scheduled", "2026-11-25 22:00", "--until", "2026-11-26T01:00:00+01:00", "--component", "api", "--component", "tracking");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("content/maintenance/2026-11-25-datenbank-upgrade.md\n", run.Output);
        var text = cli.Read("content/maintenance/2026-11-25-datenbank-upgrade.md");
        Assert.Contains("scheduled: 2026-11-25 22:00\nuntil: 2026-11-26 01:00\ncomponents:\n  - api\n  - tracking\n", text);
        Assert.Contains("## 2026-11-18 10:00 Scheduled\n", text);
        Assert.AreEqual(0, cli.Run("check").ExitCode);
    }

    [TestMethod]
    public void RejectsAnUnknownComponentWithASuggestion()
    {
        using var cli = new CliHarness();

        var run = cli.Run("new", "incident", "--title", "x", "--component", "trackng=major_outage");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: --component: unknown component 'trackng' (did you mean 'tracking'?).\n", run.Error);
        Assert.IsFalse(Directory.Exists(Path.Combine(cli.Root, "content", "incidents")));
    }

    [TestMethod]
    [DataRow("api=major", "statusgen: --component: unknown status 'major' for 'api' (did you mean 'major_outage'?).")]
    [DataRow("api", "statusgen: --component 'api' needs a status: write it like --component api=major_outage.")]
    public void RejectsAComponentWithoutAKnownStatus(string component, string expected)
    {
        using var cli = new CliHarness();

        var run = cli.Run("new", "incident", "--title", "x", "--component", component);

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual(expected + "\n", run.Error);
    }

    [TestMethod]
    public void RejectsAMaintenanceThatEndsBeforeItStarts()
    {
        using var cli = new CliHarness();

        var run = cli.Run("new", "maintenance", "--title", "x", "--scheduled", "2026-11-25 22:00", "--until", "2026-11-25 21:00", "--component", "api");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: --until must be after --scheduled.\n", run.Error);
    }

    [TestMethod]
    public void RejectsAnAmbiguousScheduledTimeWithBothOffsets()
    {
        using var cli = new CliHarness();

        var run = cli.Run("new", "maintenance", "--title", "x", "--scheduled", "2026-10-25 02:30", "--until", "2026-10-25 05:00", "--component", "api");

        Assert.AreEqual(2, run.ExitCode);
        Assert.AreEqual("statusgen: --scheduled: '2026-10-25 02:30' happens twice in Europe/Berlin: the clocks go back (write '2026-10-25T02:30:00+02:00' for the first or '2026-10-25T02:30:00+01:00' for the second).\n", run.Error);
    }

    [TestMethod]
    public void ExitsWithOneWhenSiteYmlHasErrors()
    {
        using var cli = new CliHarness().Write("content/site.yml", CliHarness.SiteYml.Replace("Europe/Berlin", "Europe/Berlim", StringComparison.Ordinal));

        var run = cli.Run("new", "incident", "--title", "x", "--component", "api=major_outage");

        Assert.AreEqual(1, run.ExitCode);
        Assert.AreEqual("content/site.yml:4:11: error SG0103: unknown time zone 'Europe/Berlim' (did you mean 'Europe/Berlin'?)", run.ErrorLines[0]);
    }
}
