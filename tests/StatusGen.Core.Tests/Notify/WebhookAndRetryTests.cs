using System.Security.Cryptography;
using System.Text;
using StatusGen.Notify;
using StatusGen.Tests.Notify.Loopback;

namespace StatusGen.Tests.Notify;

/// <summary>The Statuspage-shaped webhook, its signature and delivery id, and how failures are retried or left pending.</summary>
[TestClass]
public sealed class WebhookAndRetryTests
{
    private static NotifySite Site(HttpReceiver receiver, string secret = "") => new NotifySite($"""
            - id: partners
              type: webhook
              url: {receiver.Url()}
        {secret}
        """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);

    [TestMethod]
    public async Task WebhookBodyHasStatuspagesShapeWithTheIncidentAsItStoodAtTheEvent()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver);
        await site.Run();
        Assert.AreEqual(3, receiver.Requests.Count);
        var identified = receiver.Requests[1].Json;
        Assert.AreEqual("incident.updated", identified.GetProperty("meta").GetProperty("event").GetString());
        Assert.AreEqual("none", identified.GetProperty("page").GetProperty("status_indicator").GetString(), "the page is operational at the run's time");
        Assert.AreEqual("All Systems Operational", identified.GetProperty("page").GetProperty("status_description").GetString());
        var incident = identified.GetProperty("incident");
        Assert.AreEqual("API errors", incident.GetProperty("name").GetString());
        Assert.AreEqual("identified", incident.GetProperty("status").GetString());
        Assert.AreEqual("major", incident.GetProperty("impact").GetString());
        var updates = incident.GetProperty("incident_updates");
        Assert.AreEqual(2, updates.GetArrayLength(), "the resolution had not happened yet");
        Assert.AreEqual("A configuration push is the cause; rolling back.", updates[0].GetProperty("body").GetString());
        Assert.AreEqual("partial_outage", updates[0].GetProperty("affected_components")[0].GetProperty("new_status").GetString());
        Assert.AreEqual("resolved", receiver.Requests[2].Json.GetProperty("incident").GetProperty("status").GetString());
    }

    [TestMethod]
    public async Task WebhookIsSignedWithHmacSha256OfTheExactBody()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver, "      secret: ${PARTNER_SECRET}");
        site.Environment["PARTNER_SECRET"] = "s3cret-partner-key";
        await site.Run();
        foreach (var request in receiver.Requests)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret-partner-key"), request.Body));
            Assert.AreEqual(expected, request.Header("X-StatusGen-Signature"));
        }
    }

    [TestMethod]
    public async Task DeliveryIdIsTheSameWhenARetryInTheNextRunSendsTheEventAgain()
    {
        using var receiver = new HttpReceiver { Default = new Reply(500, "down") };
        using var site = Site(receiver);
        var first = await site.Run(retry: NotifySite.QuickRetry with { Attempts = 1 });
        Assert.AreEqual(1, first.Report.Failed.Count);
        receiver.Default = Reply.Ok;
        var second = await site.Run();
        Assert.AreEqual(3, second.Report.Delivered, second.ToString());
        var ids = receiver.Requests.Select(r => r.Header("X-StatusGen-Delivery")).ToList();
        Assert.AreEqual(ids[0], ids[1], "the failed attempt and the later delivery carry one id");
        Assert.AreEqual(3, ids.Distinct().Count());
    }

    [TestMethod]
    public async Task A500IsRetriedWithinTheRunAndDeliveredOnce()
    {
        using var receiver = new HttpReceiver().Then(new Reply(500, "oops"), new Reply(503, "busy"));
        using var site = Site(receiver);
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        Assert.AreEqual(5, receiver.Requests.Count, "two failures, then three deliveries");
        Assert.AreEqual("", run.Error);
    }

    [TestMethod]
    public async Task A429IsRetriedAfterTheServersRetryAfter()
    {
        using var receiver = new HttpReceiver().Then(new Reply(429, "slow down", new Dictionary<string, string> { ["Retry-After"] = "1" }));
        using var site = Site(receiver);
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        var waited = receiver.Requests[1].At - receiver.Requests[0].At;
        Assert.IsTrue(waited >= TimeSpan.FromMilliseconds(900), $"waited only {waited}");
    }

    [TestMethod]
    public async Task ARetryAfterLongerThanTheRunWaitsLeavesTheDeliveryPending()
    {
        using var receiver = new HttpReceiver { Default = new Reply(429, "later", new Dictionary<string, string> { ["Retry-After"] = "3600" }) };
        using var site = Site(receiver);
        var run = await site.Run();
        Assert.AreEqual(1, receiver.Requests.Count);
        Assert.AreEqual(3, run.Report.Pending);
        StringAssert.Contains(run.Error, "notify: partners: incident.opened incidents/2026-11-20-api-errors/opened: HTTP 429 Too Many Requests after 1 attempt(s); it and 2 later event(s) for this channel stay pending for the next run", StringComparison.Ordinal);
    }

    [TestMethod]
    public async Task ATimeoutIsRetriedAndThenLeftPending()
    {
        using var receiver = new HttpReceiver { Default = new Reply(200, Delay: TimeSpan.FromSeconds(3)) };
        using var site = Site(receiver);
        var run = await site.Run(timeout: TimeSpan.FromMilliseconds(300), retry: NotifySite.QuickRetry with { Attempts = 2 });
        Assert.AreEqual(2, receiver.Requests.Count);
        StringAssert.Contains(run.Error, "partners: incident.opened incidents/2026-11-20-api-errors/opened: no answer within 0.3 s after 2 attempt(s)", StringComparison.Ordinal);
    }

    [TestMethod]
    public async Task ARefusedConnectionLeavesEverythingPendingAndTheLedgerUntouched()
    {
        var port = SmtpSink.FreePort();
        using var site = new NotifySite($"""
                - id: partners
                  type: webhook
                  url: http://127.0.0.1:{port}/hook
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Pending);
        StringAssert.Contains(run.Error, "partners: incident.opened incidents/2026-11-20-api-errors/opened: connection failed (ConnectionRefused) after 3 attempt(s)", StringComparison.Ordinal);
        var ledger = NotifyLedger.Read(site.Ledger);
        Assert.IsTrue(ledger.Knows("partners"), "the first run is recorded");
        Assert.IsFalse(ledger.Has("partners", "incidents/2026-11-20-api-errors/opened"));
    }

    [TestMethod]
    public async Task A404IsReportedWithChannelAndStatusAndNotRetried()
    {
        using var receiver = new HttpReceiver { Default = new Reply(404, "no such hook") };
        using var site = Site(receiver);
        var run = await site.Run();
        Assert.AreEqual(1, receiver.Requests.Count);
        StringAssert.Contains(run.Error, "notify: partners: incident.opened incidents/2026-11-20-api-errors/opened: HTTP 404 Not Found;", StringComparison.Ordinal);
    }

    [TestMethod]
    public async Task AFailingChannelDoesNotStopTheOthers()
    {
        using var broken = new HttpReceiver { Default = new Reply(500, "down") };
        using var working = new HttpReceiver();
        using var site = new NotifySite($"""
                - id: broken
                  type: slack
                  url: {broken.Url()}
                - id: working
                  type: discord
                  url: {working.Url()}
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        var run = await site.Run();
        Assert.AreEqual(3, working.Requests.Count);
        Assert.AreEqual(3, broken.Requests.Count, "three attempts at the first event, none at the later ones");
        Assert.AreEqual(3, run.Report.Pending);
    }
}
