using System.Text.Json;

namespace StatusGen.Notify.Channels;

/// <summary>A Slack incoming webhook with Block Kit blocks; "text" is the fallback for notifications and old clients.</summary>
/// <remarks>https://api.slack.com/messaging/webhooks and https://api.slack.com/reference/block-kit/blocks.</remarks>
internal sealed class SlackSender : HttpSender
{
    // Block Kit limits: header text 150 characters, section text 3000, 10 fields.
    protected override HttpRequestMessage Build(Delivery delivery) => Json(HttpMethod.Post, delivery.Value("url"), json => Write(json, delivery.Message));

    internal static void Write(Utf8JsonWriter json, NotifyMessage message)
    {
        json.WriteStartObject();
        json.WriteString("text", message.Headline);
        json.WriteStartArray("blocks");

        json.WriteStartObject();
        json.WriteString("type", "header");
        PlainText(json, "text", MessageLimits.Cut(message.Headline, 150));
        json.WriteEndObject();

        json.WriteStartObject();
        json.WriteString("type", "section");
        Mrkdwn(json, "text", MessageLimits.Cut(Escape(message.Text), 3000));
        json.WriteEndObject();

        if (message.Facts.Count > 0)
        {
            json.WriteStartObject();
            json.WriteString("type", "section");
            json.WriteStartArray("fields");
            foreach (var (label, value) in message.Facts.Take(10))
            {
                json.WriteStartObject();
                json.WriteString("type", "mrkdwn");
                json.WriteString("text", MessageLimits.Cut($"*{Escape(label)}*\n{Escape(value)}", 2000));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartObject();
        json.WriteString("type", "context");
        json.WriteStartArray("elements");
        json.WriteStartObject();
        json.WriteString("type", "mrkdwn");
        var status = message.Status is null ? "" : $"{Escape(message.Status)} · ";
        json.WriteString("text", $"{status}{Escape(message.Time)} · <{message.Url.AbsoluteUri}|{Escape(message.UrlLabel)}>");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Slack's mrkdwn reserves &amp;, &lt; and &gt;; everything else passes through.</summary>
    internal static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static void PlainText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "plain_text");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void Mrkdwn(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "mrkdwn");
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
