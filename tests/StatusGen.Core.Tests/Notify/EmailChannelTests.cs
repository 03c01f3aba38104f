using MimeKit;
using StatusGen.Tests.Notify.Loopback;

namespace StatusGen.Tests.Notify;

/// <summary>Email through a real SMTP server on loopback (aiosmtpd), read back as it arrived.</summary>
[TestClass]
public sealed class EmailChannelTests
{
    private static NotifySite Site(SmtpSink smtp, string auth = "", string security = "none") => new NotifySite($"""
            - id: customers-mail
              type: email
              smtp:
                host: 127.0.0.1
                port: {smtp.Port}
                security: {security}
        {auth}
              from: "Example Status <status@example.com>"
              to: [subscribers@lists.example.com, ops@example.com]
        """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);

    [TestMethod]
    public async Task EachEventArrivesAsMultipartPlainTextAndHtml()
    {
        using var smtp = SmtpSink.Start();
        using var site = Site(smtp);
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        var messages = smtp.Messages();
        Assert.AreEqual(3, messages.Count);
        var opened = messages[0];
        Assert.AreEqual("[Example Status] New incident: API errors", opened.Subject);
        Assert.AreEqual("\"Example Status\" <status@example.com>", opened.From.ToString());
        CollectionAssert.AreEqual(new[] { "subscribers@lists.example.com", "ops@example.com" }, smtp.Recipients(0).ToArray());
        Assert.AreEqual("auto-generated", opened.Headers["Auto-Submitted"]);
        Assert.IsInstanceOfType<MultipartAlternative>(opened.Body);
        StringAssert.Contains(opened.TextBody, "We are looking into errors on the API.", StringComparison.Ordinal);
        StringAssert.Contains(opened.TextBody, "View on the status page: https://status.example.com/incidents/2026-11-20-api-errors/", StringComparison.Ordinal);
        StringAssert.Contains(opened.HtmlBody, "<strong>errors</strong>", StringComparison.Ordinal);
        StringAssert.Contains(opened.HtmlBody, "<th style=\"text-align:left;padding-right:1em\">Impact</th><td>Major</td>", StringComparison.Ordinal);
        Assert.AreEqual(new DateTimeOffset(NotifySite.Now.UtcDateTime), opened.Date.ToUniversalTime());
    }

    [TestMethod]
    public async Task AnIncidentsMessagesThreadThroughMessageIdInReplyToAndReferences()
    {
        using var smtp = SmtpSink.Start();
        using var site = Site(smtp);
        await site.Run();
        var messages = smtp.Messages();
        var root = messages[0].MessageId;
        StringAssert.EndsWith(root, "@status.example.com", StringComparison.Ordinal);
        Assert.IsNull(messages[0].InReplyTo);
        foreach (var reply in messages.Skip(1))
        {
            Assert.AreEqual(root, reply.InReplyTo);
            CollectionAssert.AreEqual(new[] { root }, reply.References.ToArray());
            Assert.AreNotEqual(root, reply.MessageId);
        }

        Assert.AreEqual(3, messages.Select(m => m.MessageId).Distinct().Count());
    }

    [TestMethod]
    public async Task MessageIdsAreStableSoTheThreadSurvivesAcrossRuns()
    {
        using var smtp = SmtpSink.Start();
        using var site = Site(smtp);
        site.With("incidents/2026-11-20-api-errors.md", NotifySite.OpenedIncident);
        await site.Run(now: new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero));
        site.With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        await site.Run();
        var messages = smtp.Messages();
        Assert.AreEqual(3, messages.Count, "opened in the first run, the two others in the second");
        Assert.AreEqual(messages[0].MessageId, messages[2].InReplyTo);
    }

    [TestMethod]
    public async Task ATransient451IsRetriedAndTheMessageArrivesOnce()
    {
        using var smtp = SmtpSink.Start(failFirst: 1);
        using var site = Site(smtp);
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        Assert.AreEqual(3, smtp.Messages().Count);
    }

    [TestMethod]
    public async Task CredentialsFromTheEnvironmentAuthenticateAndNeverShowInOutput()
    {
        using var smtp = SmtpSink.Start(auth: "mailer:pa55-word-xyz");
        using var site = Site(smtp, """
                    username: ${SMTP_USER}
                    password: ${SMTP_PASSWORD}
            """);
        site.Environment["SMTP_USER"] = "mailer";
        site.Environment["SMTP_PASSWORD"] = "pa55-word-xyz";
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        Assert.IsFalse((run.Output + run.Error).Contains("pa55-word-xyz", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task AWrongPasswordIsAPermanentFailureNamingNoSecret()
    {
        using var smtp = SmtpSink.Start(auth: "mailer:right-password");
        using var site = Site(smtp, """
                    username: ${SMTP_USER}
                    password: ${SMTP_PASSWORD}
            """);
        site.Environment["SMTP_USER"] = "mailer";
        site.Environment["SMTP_PASSWORD"] = "wrong-password";
        var run = await site.Run();
        Assert.AreEqual(0, smtp.Messages().Count);
        StringAssert.Contains(run.Error, "notify: customers-mail: incident.opened incidents/2026-11-20-api-errors/opened: SMTP authentication failed; check the username and password variables;", StringComparison.Ordinal);
        Assert.IsFalse(run.Error.Contains("wrong-password", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task StartTlsAgainstAServerWithoutItIsRefusedRatherThanSentInClearText()
    {
        using var smtp = SmtpSink.Start();
        using var site = Site(smtp, security: "starttls");
        var run = await site.Run();
        Assert.AreEqual(0, smtp.Messages().Count);
        StringAssert.Contains(run.Error, "notify: customers-mail: incident.opened incidents/2026-11-20-api-errors/opened: the SMTP server does not offer STARTTLS;", StringComparison.Ordinal);
    }
}
