using System.Globalization;

namespace StatusGen.Notify.Channels;

/// <summary>A Discord webhook with one embed. Mentions are switched off: an update saying "@everyone" must not ping a server.</summary>
/// <remarks>https://discord.com/developers/docs/resources/webhook#execute-webhook; embed limits: title 256, description 4096, 25 fields.</remarks>
internal sealed class DiscordSender : HttpSender
{
    protected override HttpRequestMessage Build(Delivery delivery) => Json(HttpMethod.Post, delivery.Value("url"), json =>
    {
        var message = delivery.Message;
        json.WriteStartObject();
        json.WriteStartObject("allowed_mentions");
        json.WriteStartArray("parse");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("embeds");
        json.WriteStartObject();
        json.WriteString("title", MessageLimits.Cut(message.Headline, 256));
        json.WriteString("url", message.Url.AbsoluteUri);
        json.WriteString("description", MessageLimits.Cut(message.Markdown, 4096));
        json.WriteNumber("color", int.Parse(message.Color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        json.WriteString("timestamp", delivery.Event.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartArray("fields");
        foreach (var (label, value) in message.Facts.Take(25))
        {
            json.WriteStartObject();
            json.WriteString("name", MessageLimits.Cut(label, 256));
            json.WriteString("value", MessageLimits.Cut(value, 1024));
            json.WriteBoolean("inline", true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("footer");
        json.WriteString("text", MessageLimits.Cut(message.Status is null ? message.SiteTitle : $"{message.Status} · {message.SiteTitle}", 2048));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
