using System.Text.Json;
using StatusGen.Tests.Notify.Loopback;

namespace StatusGen.Tests.Notify;

/// <summary>Each chat API's documented request shape, as a loopback server receives it.</summary>
[TestClass]
public sealed class ChatChannelTests
{
    private static async Task<IReadOnlyList<ReceivedRequest>> Deliver(string type, string extra = "", Action<HttpReceiver>? setup = null)
    {
        using var receiver = new HttpReceiver();
        setup?.Invoke(receiver);
        using var site = new NotifySite($"""
                - id: chat
                  type: {type}
                  url: {receiver.Url()}
            {extra}
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        var run = await site.Run();
        Assert.AreEqual(0, run.Report.Failed.Count, run.ToString());
        return receiver.Requests;
    }

    [TestMethod]
    public async Task SlackGetsBlockKitWithAHeaderSectionFieldsAndAFallbackText()
    {
        var requests = await Deliver("slack");
        Assert.AreEqual(3, requests.Count);
        var opened = requests[0].Json;
        Assert.AreEqual("application/json; charset=utf-8", requests[0].Header("Content-Type"));
        Assert.AreEqual("New incident: API errors", opened.GetProperty("text").GetString());
        var blocks = opened.GetProperty("blocks").EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "header", "section", "section", "context" }, blocks.Select(b => b.GetProperty("type").GetString()).ToArray());
        Assert.AreEqual("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.AreEqual("We are looking into errors on the API.", blocks[1].GetProperty("text").GetProperty("text").GetString());
        Assert.AreEqual("*Impact*\nMajor", blocks[2].GetProperty("fields")[0].GetProperty("text").GetString());
        StringAssert.Contains(blocks[3].GetProperty("elements")[0].GetProperty("text").GetString(), "<https://status.example.com/incidents/2026-11-20-api-errors/|View on the status page>", StringComparison.Ordinal);
        Assert.AreEqual("Resolved: API errors", requests[2].Json.GetProperty("text").GetString());
    }

    [TestMethod]
    public async Task MattermostGetsMarkdownTextAndAnAttachmentWithColourAndTitleLink()
    {
        var requests = await Deliver("mattermost");
        var body = requests[1].Json;
        Assert.AreEqual("#### Update: API errors", body.GetProperty("text").GetString());
        var attachment = body.GetProperty("attachments")[0];
        Assert.AreEqual("#dc2626", attachment.GetProperty("color").GetString());
        Assert.AreEqual("https://status.example.com/incidents/2026-11-20-api-errors/", attachment.GetProperty("title_link").GetString());
        Assert.AreEqual("A configuration push is the cause; rolling back.", attachment.GetProperty("text").GetString());
        Assert.AreEqual("API (Partial outage)", attachment.GetProperty("fields")[1].GetProperty("value").GetString());
    }

    [TestMethod]
    public async Task DiscordGetsOneEmbedAndNoMentionsEvenWhenDiscordAnswers204()
    {
        var requests = await Deliver("discord", setup: r => r.Default = new Reply(204, ""));
        var body = requests[0].Json;
        Assert.AreEqual(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = body.GetProperty("embeds")[0];
        Assert.AreEqual("New incident: API errors", embed.GetProperty("title").GetString());
        Assert.AreEqual(0xdc2626, embed.GetProperty("color").GetInt32());
        Assert.AreEqual("2026-11-20T08:15:00Z", embed.GetProperty("timestamp").GetString());
        Assert.AreEqual("We are looking into **errors** on the API.", embed.GetProperty("description").GetString());
    }

    [TestMethod]
    public async Task TeamsGetsAWorkflowsMessageWithAnAdaptiveCard()
    {
        var requests = await Deliver("teams", setup: r => r.Default = new Reply(202, ""));
        var body = requests[0].Json;
        Assert.AreEqual("message", body.GetProperty("type").GetString());
        var attachment = body.GetProperty("attachments")[0];
        Assert.AreEqual("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.AreEqual("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.AreEqual("1.4", card.GetProperty("version").GetString());
        Assert.AreEqual("New incident: API errors", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.AreEqual("FactSet", card.GetProperty("body")[3].GetProperty("type").GetString());
        Assert.AreEqual("Action.OpenUrl", card.GetProperty("actions")[0].GetProperty("type").GetString());
    }

    [TestMethod]
    public async Task TelegramCallsSendMessageWithTheBotTokenInThePathAndHtmlText()
    {
        using var receiver = new HttpReceiver { Default = new Reply(200, """{"ok":true,"result":{}}""") };
        using var site = new NotifySite($"""
                - id: tg
                  type: telegram
                  url: {receiver.Url("")}
                  token: {"${TELEGRAM_TOKEN}"}
                  chatId: "@parcelwise_status"
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        site.Environment["TELEGRAM_TOKEN"] = "123456:ABC-secret";
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        var request = receiver.Requests[0];
        Assert.AreEqual("/bot123456:ABC-secret/sendMessage", request.Path);
        var body = request.Json;
        Assert.AreEqual("@parcelwise_status", body.GetProperty("chat_id").GetString());
        Assert.AreEqual("HTML", body.GetProperty("parse_mode").GetString());
        StringAssert.StartsWith(body.GetProperty("text").GetString(), "<b>New incident: API errors</b>\n<i>Investigating · 20 Nov 2026, 09:15</i>", StringComparison.Ordinal);
        Assert.IsFalse(run.Output.Contains("ABC-secret", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task TelegramAnsweringOkFalseIsAFailedDelivery()
    {
        using var receiver = new HttpReceiver { Default = new Reply(200, """{"ok":false,"description":"chat not found"}""") };
        using var site = new NotifySite($"""
                - id: tg
                  type: telegram
                  url: {receiver.Url("")}
                  token: {"${TELEGRAM_TOKEN}"}
                  chatId: "-100123"
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        site.Environment["TELEGRAM_TOKEN"] = "123456:ABC-secret";
        var run = await site.Run();
        Assert.AreEqual(1, receiver.Requests.Count, "not retried: the answer will not change");
        StringAssert.Contains(run.Error, "notify: tg: incident.opened incidents/2026-11-20-api-errors/opened: Telegram answered ok: false", StringComparison.Ordinal);
    }

    [TestMethod]
    public async Task MastodonPostsAStatusWithBearerTokenAndTheDeliveryIdAsIdempotencyKey()
    {
        using var receiver = new HttpReceiver { Default = new Reply(200, """{"id":"1"}""") };
        using var site = new NotifySite($"""
                - id: toot
                  type: mastodon
                  url: {receiver.Url("")}
                  token: {"${MASTODON_TOKEN}"}
                  visibility: unlisted
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        site.Environment["MASTODON_TOKEN"] = "mastodon-token-value";
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        var request = receiver.Requests[0];
        Assert.AreEqual("/api/v1/statuses", request.Path);
        Assert.AreEqual("Bearer mastodon-token-value", request.Header("Authorization"));
        Assert.AreEqual(StatusGen.Notify.Channels.Delivery.StableId("toot", "incidents/2026-11-20-api-errors/opened"), request.Header("Idempotency-Key"));
        var status = request.Json.GetProperty("status").GetString()!;
        Assert.IsTrue(status.Length <= 500);
        StringAssert.EndsWith(status, "https://status.example.com/incidents/2026-11-20-api-errors/", StringComparison.Ordinal);
        Assert.AreEqual("unlisted", request.Json.GetProperty("visibility").GetString());
        Assert.AreEqual(JsonValueKind.String, request.Json.GetProperty("language").ValueKind);
    }

    [TestMethod]
    public async Task AGermanSiteSendsGermanMessages()
    {
        using var receiver = new HttpReceiver();
        using var site = new NotifySite($"""
                - id: chat
                  type: slack
                  url: {receiver.Url()}
            """, language: "de").With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        await site.Run();
        Assert.AreEqual("Neue Störung: API errors", receiver.Requests[0].Json.GetProperty("text").GetString());
        Assert.AreEqual("*Auswirkung*\nErheblich", receiver.Requests[0].Json.GetProperty("blocks")[2].GetProperty("fields")[0].GetProperty("text").GetString());
        Assert.AreEqual("Behoben: API errors", receiver.Requests[2].Json.GetProperty("text").GetString());
    }

    [TestMethod]
    [DataRow("slack", "")]
    [DataRow("mattermost", "")]
    [DataRow("discord", "")]
    [DataRow("teams", "")]
    [DataRow("webhook", "")]
    [DataRow("mastodon", "      token: ${MASTODON_TOKEN}")]
    public async Task EveryHttpChannelRetriesA500AndA429AndDeliversEachMessageOnce(string type, string extra)
    {
        using var receiver = new HttpReceiver { Default = new Reply(200, """{"ok":true}""") };
        receiver.Then(new Reply(500, "oops"), new Reply(429, "slow", new Dictionary<string, string> { ["Retry-After"] = "0" }));
        using var site = new NotifySite($"""
                - id: chat
                  type: {type}
                  url: {receiver.Url()}
            {extra}
            """).With("incidents/2026-11-20-api-errors.md", NotifySite.Incident);
        site.Environment["MASTODON_TOKEN"] = "token-value";
        var run = await site.Run();
        Assert.AreEqual(3, run.Report.Delivered, run.ToString());
        Assert.AreEqual(5, receiver.Requests.Count);
        Assert.AreEqual(receiver.Requests[0].Text, receiver.Requests[2].Text, "the retry sends the same message");
    }
}
