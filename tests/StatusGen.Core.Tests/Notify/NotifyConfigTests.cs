using StatusGen.Model;
using StatusGen.Notify;
using StatusGen.Tests.Loading;

namespace StatusGen.Tests.Notify;

/// <summary>site.yml's notify section: what it reads, and every mistake at site.yml:line:col.</summary>
[TestClass]
public sealed class NotifyConfigTests
{
    private static string[] Lines(string notify)
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml + "\n" + notify);
        return fixture.Lines();
    }

    [TestMethod]
    public void ReadsChannelsFiltersSubscribeLinksAndFirstRun()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml + """

            notify:
              firstRun: 90m
              subscribe:
                - label: Mailing list
                  url: mailto:status-subscribe@example.com
              channels:
                - id: customers-mail
                  type: email
                  smtp: { host: smtp.example.com, port: 587, security: starttls, username: "${SMTP_USER}", password: "${SMTP_PASSWORD}" }
                  from: "Example Status <status@example.com>"
                  to: [subscribers@lists.example.com]
                - id: ops-slack
                  type: slack
                  url: ${SLACK_WEBHOOK_URL}
                  components: [api, web]
                  minimumImpact: minor
            """);
        var check = fixture.Check();
        Assert.AreEqual(0, check.Diagnostics.Length, string.Join("\n", check.Diagnostics));
        var notify = check.Content!.Site.Notify;
        Assert.AreEqual(TimeSpan.FromMinutes(90), notify.FirstRun);
        Assert.AreEqual("mailto:status-subscribe@example.com", notify.Subscribe[0].Url.ToString());
        var mail = notify.Channels[0];
        Assert.AreEqual(ChannelType.Email, mail.Type);
        Assert.AreEqual(SmtpSecurity.StartTls, mail.Smtp!.Security);
        Assert.AreEqual("${SMTP_PASSWORD}", mail.Smtp.Password!.Template, "variables are read only when sending");
        var slack = notify.Channels[1];
        CollectionAssert.AreEqual(new[] { "api", "web" }, slack.Components.ToArray());
        Assert.AreEqual(Impact.Minor, slack.MinimumImpact);
        Assert.AreEqual(26, slack.Url!.Position.Line, "the line of 'url: ${SLACK_WEBHOOK_URL}'");
    }

    [TestMethod]
    public void ReportsAnUnknownChannelTypeWithASuggestion()
    {
        CollectionAssert.AreEqual(new[] { "content/site.yml:16:13: error SG0701: notify channel 1 has unknown type 'slak' (did you mean 'slack'?)" }, Lines("""
            notify:
              channels:
                - id: ops
                  type: slak
                  url: https://hooks.example.com/x
            """));
    }

    [TestMethod]
    public void ReportsAKeyThatBelongsToAnotherChannelType()
    {
        CollectionAssert.AreEqual(new[] { "content/site.yml:18:7: error SG0008: unknown key 'secret' in notify channel 1 (use one of: id, type, components, minimumImpact, url)" }, Lines("""
            notify:
              channels:
                - id: ops
                  type: slack
                  url: https://hooks.example.com/x
                  secret: abc
            """));
    }

    [TestMethod]
    public void ReportsABadUrlWithoutEchoingIt()
    {
        CollectionAssert.AreEqual(new[] { "content/site.yml:17:12: error SG0108: 'url' must be an absolute http or https URL (write it like 'https://partner.example/hooks/status')" }, Lines("""
            notify:
              channels:
                - id: partners
                  type: webhook
                  url: hooks.example.com/T0/B0/xyz
            """));
    }

    [TestMethod]
    public void ReportsDuplicateIdsMalformedReferencesAndBadDurations()
    {
        CollectionAssert.AreEqual(new[]
        {
            "content/site.yml:14:13: error SG0706: 'firstRun' must be a duration like 30m, 2h or 7d, not 'two hours' (write for example 'firstRun: 2h')",
            "content/site.yml:18:12: error SG0707: 'url' has a '${' that is not a ${NAME} reference (write an environment variable as ${NAME}, with letters, digits and '_')",
            "content/site.yml:19:11: error SG0702: notify channel id 'ops' is used twice (it is first used at line 16; the ledger keeps deliveries per id, so give each channel its own)",
        }, Lines("""
            notify:
              firstRun: two hours
              channels:
                - id: ops
                  type: slack
                  url: ${SLACK URL}
                - id: ops
                  type: discord
                  url: https://discord.example.com/api/webhooks/1/x
            """));
    }

    [TestMethod]
    public void ReportsAFilterNamingAnUnknownComponentOrImpact()
    {
        CollectionAssert.AreEqual(new[]
        {
            "content/site.yml:18:20: error SG0201: unknown component 'apj' in the channel's filter (did you mean 'api'?)",
            "content/site.yml:19:22: error SG0203: unknown impact 'big' (use one of: none, minor, major, critical)",
        }, Lines("""
            notify:
              channels:
                - id: ops
                  type: slack
                  url: https://hooks.example.com/x
                  components: [apj]
                  minimumImpact: big
            """));
    }

    [TestMethod]
    public void WarnsAboutASecretWrittenIntoSiteYml()
    {
        CollectionAssert.AreEqual(new[] { "content/site.yml:18:15: warning SG0708: 'secret' is written into site.yml, so it is in the repository and its history (store it as a CI secret and write 'secret: ${PARTNER_WEBHOOK_SECRET}')" }, Lines("""
            notify:
              channels:
                - id: partners
                  type: webhook
                  url: https://partner.example/hooks
                  secret: hunter2-hunter2
            """));
    }

    [TestMethod]
    public void ReportsAnEmailChannelWithoutSmtpAndABadAddress()
    {
        CollectionAssert.AreEqual(new[]
        {
            "content/site.yml:15:7: error SG0009: notify channel 1 has no 'smtp' (add a line 'smtp: { host: smtp.example.com, port: 587, security: starttls }')",
            "content/site.yml:18:11: error SG0704: 'to' is not an email address: 'not-an-address' (write it like 'status@example.com' or \"Example Status <status@example.com>\")",
        }, Lines("""
            notify:
              channels:
                - id: mail
                  type: email
                  from: status@example.com
                  to: not-an-address
            """));
    }
}
