using System.Text;
using System.Text.Json;

namespace StatusGen.Notify.Channels;

/// <summary>The Telegram Bot API's sendMessage with HTML formatting, to a chat, group or channel (<c>chatId</c>).</summary>
/// <remarks>https://core.telegram.org/bots/api#sendmessage: text up to 4096 characters; the answer is {"ok": true|false, ...}.</remarks>
internal sealed class TelegramSender : HttpSender
{
    public const string DefaultApi = "https://api.telegram.org";

    protected override HttpRequestMessage Build(Delivery delivery)
    {
        var api = (delivery.Optional("url") ?? DefaultApi).TrimEnd('/');
        return Json(HttpMethod.Post, $"{api}/bot{delivery.Value("token")}/sendMessage", json =>
        {
            json.WriteStartObject();
            json.WriteString("chat_id", delivery.Value("chatId"));
            json.WriteString("text", Text(delivery.Message));
            json.WriteString("parse_mode", "HTML");
            json.WriteStartObject("link_preview_options");
            json.WriteBoolean("is_disabled", true);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    protected override async Task<DeliveryOutcome> Accept(HttpResponseMessage response, CancellationToken cancellation)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True
                ? DeliveryOutcome.Success
                : DeliveryOutcome.Permanent("Telegram answered ok: false");
        }
        catch (JsonException)
        {
            return DeliveryOutcome.Permanent("Telegram's answer is not JSON");
        }
    }

    /// <summary>Telegram's HTML subset: b, i, a; everything else escaped.</summary>
    internal static string Text(NotifyMessage message)
    {
        // Telegram's parser knows only &lt; &gt; &amp; &quot;; anything else is sent as the character itself.
        static string E(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
        var text = new StringBuilder();
        text.Append("<b>").Append(E(message.Headline)).Append("</b>\n");
        text.Append("<i>").Append(E(message.Status is null ? message.Time : $"{message.Status} · {message.Time}")).Append("</i>\n\n");
        text.Append(E(MessageLimits.Cut(message.Text, 3000))).Append("\n\n");
        foreach (var (label, value) in message.Facts)
        {
            text.Append(E(label)).Append(": ").Append(E(value)).Append('\n');
        }

        text.Append('\n').Append("<a href=\"").Append(E(message.Url.AbsoluteUri)).Append("\">").Append(E(message.UrlLabel)).Append("</a>");
        return text.ToString();
    }
}
