using StatusGen.Tests.Notify.Loopback;

namespace StatusGen.Cli.Tests.Notify;

/// <summary><c>statusgen notify</c> as a team meets it: exit codes, stderr lines, secrets, and the life of an incident.</summary>
[TestClass]
public sealed class NotifyCommandTests
{
    private const string File = "content/incidents/2026-11-10-api-errors.md";

    private const string Opened = """
        ---
        title: API errors
        started: 2026-11-10 09:15
        impact: major
        components:
          api: major_outage
        ---
        ## 2026-11-10 09:20 Investigating
        We see errors on the API.
        """;

    private const string TwoUpdates = """
        ---
        title: API errors
        started: 2026-11-10 09:15
        impact: major
        components:
          api: major_outage
        ---
        ## 2026-11-10 09:50 Monitoring
        The fix is out; we are watching error rates.

        ## 2026-11-10 09:40 Identified
        A configuration push; rolling back.

        ## 2026-11-10 09:20 Investigating
        We see errors on the API.
        """;

    private static readonly string Resolved = TwoUpdates
        .Replace("impact: major\n", "impact: major\nresolved: 2026-11-10 10:10\n", StringComparison.Ordinal)
        .Replace("---\n## 2026-11-10 09:50", "---\n## 2026-11-10 10:10 Resolved\nError rates are back to normal.\n\n## 2026-11-10 09:50", StringComparison.Ordinal);

    private static CliHarness Site(string channels)
    {
        var cli = new CliHarness();
        cli.Write("content/site.yml", CliHarness.SiteYml + "\nnotify:\n  channels:\n" + channels);
        return cli;
    }

    private static List<string> EventIds(HttpReceiver receiver) =>
        [.. receiver.Requests.Select(r => r.Json.GetProperty("meta").GetProperty("event_id").GetString()!)];

    [TestMethod]
    public void EachMessageArrivesExactlyOnceInOrderThroughAnIncidentsLifeWithOneChannelFailingInTheMiddle()
    {
        using var smtp = SmtpSink.Start();
        using var slack = new HttpReceiver();
        using var hook = new HttpReceiver();
        using var cli = Site($$"""
              - id: mail
                type: email
                smtp: { host: 127.0.0.1, port: {{smtp.Port}}, security: none }
                from: status@example.com
                to: [subscribers@example.com]
              - id: slack
                type: slack
                url: ${SLACK_WEBHOOK_URL}
              - id: partners
                type: webhook
                url: {{hook.Url()}}
                secret: ${PARTNER_SECRET}
            """);
        cli.Environment["SLACK_WEBHOOK_URL"] = slack.Url("services/T0/B0/secret-path");
        cli.Environment["PARTNER_SECRET"] = "partner-secret-value";

        cli.Write(File, Opened);
        Assert.AreEqual(0, cli.Run("notify", "--now", "2026-11-10T08:25:00Z").ExitCode);

        cli.Write(File, TwoUpdates);
        slack.Default = new Reply(500, "slack is down");
        var failed = cli.Run("notify", "--now", "2026-11-10T08:55:00Z", "--attempts", "1");
        Assert.AreEqual(4, failed.ExitCode, failed.ToString());
        CollectionAssert.AreEqual(new[]
        {
            "notify: slack: incident.updated incidents/2026-11-10-api-errors/updates/20261110T084000Z-identified: HTTP 500 Internal Server Error after 1 attempt(s); it and 1 later event(s) for this channel stay pending for the next run",
        }, failed.ErrorLines);

        cli.Write(File, Resolved);
        slack.Default = Reply.Ok;
        Assert.AreEqual(0, cli.Run("notify", "--now", "2026-11-10T09:15:00Z").ExitCode);
        var last = cli.Run("notify", "--now", "2026-11-10T09:20:00Z");
        Assert.AreEqual(0, last.ExitCode);
        Assert.AreEqual("notify: nothing to send\n", last.Output);

        string[] expected =
        [
            "incidents/2026-11-10-api-errors/opened",
            "incidents/2026-11-10-api-errors/updates/20261110T084000Z-identified",
            "incidents/2026-11-10-api-errors/updates/20261110T085000Z-monitoring",
            "incidents/2026-11-10-api-errors/resolved",
        ];
        CollectionAssert.AreEqual(expected, EventIds(hook));
        CollectionAssert.AreEqual(
            new[] { "New incident: API errors", "Update: API errors", "Update: API errors", "Resolved: API errors" },
            slack.Requests.Where((r, i) => i != 1).Select(r => r.Json.GetProperty("text").GetString()).ToArray(),
            "the failed attempt, then each message once, in order");
        StringAssert.Contains(slack.Requests[2].Text, "A configuration push; rolling back.", StringComparison.Ordinal);
        StringAssert.Contains(slack.Requests[3].Text, "The fix is out", StringComparison.Ordinal);
        CollectionAssert.AreEqual(
            new[] { "[Example Status] New incident: API errors", "[Example Status] Update: API errors", "[Example Status] Update: API errors", "[Example Status] Resolved: API errors" },
            smtp.Messages().Select(m => m.Subject).ToArray());
    }

    [TestMethod]
    public void SecretsNeverAppearInOutputErrorsOrTheBuiltSite()
    {
        using var broken = new HttpReceiver { Default = new Reply(404, "no such hook") };
        using var cli = Site("""
              - id: slack
                type: slack
                url: ${SLACK_WEBHOOK_URL}
              - id: partners
                type: webhook
                url: ${PARTNER_URL}
                secret: ${PARTNER_SECRET}
            """);
        cli.Write(File, Opened);
        cli.Environment["SLACK_WEBHOOK_URL"] = broken.Url("services/T0/B0/XyZsecretPath");
        cli.Environment["PARTNER_URL"] = "not a url XyZsecretUrl";
        cli.Environment["PARTNER_SECRET"] = "XyZsecretKey";
        var invalid = cli.Run("notify", "--now", "2026-11-10T08:25:00Z");
        cli.Environment["PARTNER_URL"] = broken.Url("partner-XyZsecretUrl");
        var failing = cli.Run("notify", "--now", "2026-11-10T08:25:00Z", "--attempts", "1");
        var dryRun = cli.Run("notify", "--now", "2026-11-10T08:25:00Z", "--dry-run");
        var build = cli.Run("build", "--now", "2026-11-10T08:25:00Z");

        Assert.AreEqual(2, invalid.ExitCode);
        Assert.AreEqual("content/site.yml:17:10: error SG0710: 'url' of channel 'partners' is not an absolute http(s) URL once ${PARTNER_URL} is read (check the variable's value (it is not shown here, as it may be a secret))", invalid.ErrorLines[0]);
        Assert.AreEqual(4, failing.ExitCode, failing.ToString());
        Assert.AreEqual(0, dryRun.ExitCode);
        Assert.AreEqual(0, build.ExitCode);
        var everything = string.Join("\n", invalid, failing, dryRun, build) + string.Join("\n", cli.Tree("public").Values.Select(hex => System.Text.Encoding.UTF8.GetString(Convert.FromHexString(hex))));
        Assert.IsFalse(everything.Contains("XyZsecret", StringComparison.Ordinal), everything);
    }

    [TestMethod]
    public void AMissingVariableIsAConfigurationErrorNamingTheVariable()
    {
        using var cli = Site("""
              - id: slack
                type: slack
                url: ${SLACK_WEBHOOK_URL}
            """);
        var run = cli.Run("notify", "--now", "2026-11-10T08:25:00Z");
        Assert.AreEqual(2, run.ExitCode);
        CollectionAssert.AreEqual(new[]
        {
            "content/site.yml:14:10: error SG0709: environment variable 'SLACK_WEBHOOK_URL' is not set (channel 'slack', 'url') (set it in the environment; in GitHub Actions add 'env: SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}' to the step)",
            "1 error, 0 warnings",
        }, run.ErrorLines);
    }

    [TestMethod]
    public void ContentErrorsExitWith1AndNoChannelsOrAnUnknownChannelWith2()
    {
        using var cli = Site("""
              - id: slack
                type: slack
                url: https://hooks.example.com/x
            """);
        cli.Write(File, Opened.Replace("api: major_outage", "apx: major_outage", StringComparison.Ordinal));
        Assert.AreEqual(1, cli.Run("notify", "--now", "2026-11-10T08:25:00Z").ExitCode);

        cli.Write(File, Opened);
        var unknown = cli.Run("notify", "--now", "2026-11-10T08:25:00Z", "--channel", "slak");
        Assert.AreEqual(2, unknown.ExitCode);
        Assert.AreEqual("statusgen: --channel 'slak' is not a channel in site.yml (did you mean 'slack'?)", unknown.ErrorLines[0]);

        cli.Write("content/site.yml", CliHarness.SiteYml);
        var none = cli.Run("notify", "--now", "2026-11-10T08:25:00Z");
        Assert.AreEqual(2, none.ExitCode);
        Assert.AreEqual("statusgen: site.yml configures no notify channels; add a 'notify:' section with 'channels:' (see docs/notify.md).", none.ErrorLines[0]);
    }

    [TestMethod]
    public void CheckReportsNotifyConfigurationAtSiteYmlLineAndColumn()
    {
        using var cli = Site("""
              - id: slack
                type: slack
                url: https://hooks.example.com/x
                minimumImpact: huge
            """);
        var run = cli.Run("check", "--now", "2026-11-10T08:25:00Z");
        Assert.AreEqual(1, run.ExitCode);
        Assert.AreEqual("content/site.yml:15:20: error SG0203: unknown impact 'huge' (use one of: none, minor, major, critical)", run.ErrorLines[0]);
    }

    [TestMethod]
    public void TheLedgerLivesBesideSiteYmlUnlessLedgerNamesAnotherFile()
    {
        using var hook = new HttpReceiver();
        using var cli = Site($"""
              - id: partners
                type: webhook
                url: {hook.Url()}
            """);
        cli.Write(File, Opened);
        Assert.AreEqual(0, cli.Run("notify", "--now", "2026-11-10T08:25:00Z").ExitCode);
        StringAssert.Contains(cli.Read("content/.statusgen/notify-ledger.json"), "incidents/2026-11-10-api-errors/opened", StringComparison.Ordinal);

        Assert.AreEqual(0, cli.Run("notify", "--now", "2026-11-10T08:25:00Z", "--ledger", "state/ledger.json").ExitCode);
        Assert.AreEqual(2, hook.Requests.Count, "a new ledger is a new first run; the event is recent, so it is sent again");
        StringAssert.Contains(cli.Read("state/ledger.json"), "\"partners\"", StringComparison.Ordinal);

        cli.Write("state/ledger.json", "[1, 2]");
        var broken = cli.Run("notify", "--now", "2026-11-10T08:25:00Z", "--ledger", "state/ledger.json");
        Assert.AreEqual(2, broken.ExitCode);
        StringAssert.StartsWith(broken.ErrorLines[0], "statusgen: the ledger 'state/ledger.json' is not a notify ledger", StringComparison.Ordinal);
    }
}
