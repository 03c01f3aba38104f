using StatusGen.Notify;
using StatusGen.Tests.Notify.Loopback;

namespace StatusGen.Tests.Notify;

/// <summary>Which events exist and when, the ledger, the first-run cutoff and the filters.</summary>
[TestClass]
public sealed class EventsAndLedgerTests
{
    private const string Maintenance = """
        ---
        title: Database upgrade
        scheduled: 2026-11-21 22:00
        until: 2026-11-21 23:30
        components: [api]
        ---
        We upgrade the database.

        ## 2026-11-19 10:00 Scheduled
        The API is read-only during the window.
        """;

    private static NotifySite Site(HttpReceiver receiver, string filters = "", string firstRun = "30d") => new($"""
            - id: hook
              type: webhook
              url: {receiver.Url()}
        {filters}
        """, firstRun: firstRun);

    private static List<string> Events(HttpReceiver receiver) =>
        [.. receiver.Requests.Select(r => r.Json.GetProperty("meta").GetProperty("event_id").GetString()!)];

    [TestMethod]
    public async Task IncidentEventsGoOutInTimeOrderWithStableIds()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        await site.Run();
        CollectionAssert.AreEqual(new[]
        {
            "incidents/2026-11-20-api-errors/opened",
            "incidents/2026-11-20-api-errors/updates/20261120T085000Z-identified",
            "incidents/2026-11-20-api-errors/resolved",
        }, Events(receiver));
    }

    [TestMethod]
    public async Task MaintenanceStartAndCompletionFollowTheClockWithoutAContentChange()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver).With("maintenance/2026-11-21-database-upgrade.md", Maintenance);
        await site.Run(now: new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        await site.Run(now: new DateTimeOffset(2026, 11, 21, 21, 5, 0, TimeSpan.Zero));
        await site.Run(now: new DateTimeOffset(2026, 11, 21, 21, 6, 0, TimeSpan.Zero));
        await site.Run(now: new DateTimeOffset(2026, 11, 21, 22, 40, 0, TimeSpan.Zero));
        CollectionAssert.AreEqual(new[]
        {
            "maintenance/2026-11-21-database-upgrade/scheduled",
            "maintenance/2026-11-21-database-upgrade/started",
            "maintenance/2026-11-21-database-upgrade/completed",
        }, Events(receiver));
        Assert.AreEqual("maintenance.started", receiver.Requests[1].Header("X-StatusGen-Event"));
    }

    [TestMethod]
    public async Task ASecondRunWithNothingNewSendsNothing()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        await site.Run();
        var second = await site.Run();
        Assert.AreEqual(3, receiver.Requests.Count);
        Assert.AreEqual("notify: nothing to send\n", second.Output);
    }

    [TestMethod]
    public async Task AnUpdateEditedAfterDeliveryIsNotSentAgain()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        await site.Run();
        site.With("incidents/2026-11-20-api-errors.md", NotifySite.Incident.Replace("rolling back.", "rolling back (typo fixed).", StringComparison.Ordinal));
        await site.Run();
        Assert.AreEqual(3, receiver.Requests.Count);
    }

    [TestMethod]
    public async Task TheFirstRunRecordsOlderEventsWithoutSendingThem()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver, firstRun: "2h").With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        var run = await site.Run();
        CollectionAssert.AreEqual(new[] { "incidents/2026-11-20-api-errors/resolved" }, Events(receiver), "only the resolution (09:30 UTC) is within the two hours before 11:00 UTC");
        StringAssert.Contains(run.Output, "notify: hook: first run; 2 event(s) older than 2h are recorded as delivered without sending", StringComparison.Ordinal);
        var ledger = NotifyLedger.Read(site.Ledger);
        Assert.IsTrue(ledger.Has("hook", "incidents/2026-11-20-api-errors/opened"));
    }

    [TestMethod]
    public async Task ComponentAndImpactFiltersChooseWhatAChannelGets()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver, "      components: [web]").With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        var run = await site.Run();
        Assert.AreEqual(0, receiver.Requests.Count, run.ToString());

        using var major = new HttpReceiver();
        using var impact = Site(major, "      minimumImpact: critical").With("incidents/2026-11-20-api-errors.md", NotifySite.Incident)
            .With("maintenance/2026-11-21-database-upgrade.md", Maintenance);
        await impact.Run();
        CollectionAssert.AreEqual(new[] { "maintenance/2026-11-21-database-upgrade/scheduled" }, Events(major), "a major incident is below critical; maintenance is not filtered by impact");
    }

    [TestMethod]
    public async Task TheLedgerIsWrittenAtomicallyAndSorted()
    {
        using var receiver = new HttpReceiver();
        using var site = Site(receiver).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        await site.Run();
        Assert.IsFalse(File.Exists(site.Ledger + ".tmp"));
        Assert.AreEqual("""
            {
              "version": 1,
              "channels": {
                "hook": {
                  "delivered": [
                    "incidents/2026-11-20-api-errors/opened",
                    "incidents/2026-11-20-api-errors/resolved",
                    "incidents/2026-11-20-api-errors/updates/20261120T085000Z-identified"
                  ]
                }
              }
            }
            """, File.ReadAllText(site.Ledger).ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void ALedgerThatIsNotOneIsRefused()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """{"delivered": []}""");
        try
        {
            Assert.ThrowsExactly<InvalidDataException>(() => NotifyLedger.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public async Task DryRunSendsNothingReadsNoSecretAndWritesNoLedger()
    {
        using var receiver = new HttpReceiver();
        using var site = new NotifySite("""
                - id: ops
                  type: slack
                  url: ${SLACK_WEBHOOK_URL}
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        var run = await site.Run(dryRun: true);
        Assert.IsFalse(File.Exists(site.Ledger));
        StringAssert.Contains(run.Output, "--- ops (slack to ${SLACK_WEBHOOK_URL}): incident.opened incidents/2026-11-20-api-errors/opened\nNew incident: API errors\nInvestigating · 20 Nov 2026, 09:15\n\nWe are looking into errors on the API.\n", StringComparison.Ordinal);
        StringAssert.EndsWith(run.Output, "notify: dry run: 3 message(s) would be sent; nothing was sent\n", StringComparison.Ordinal);
    }
}
