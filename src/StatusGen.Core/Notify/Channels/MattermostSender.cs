namespace StatusGen.Notify.Channels;

/// <summary>A Mattermost incoming webhook: Markdown text with a message attachment carrying colour, title link and fields.</summary>
/// <remarks>https://developers.mattermost.com/integrate/webhooks/incoming/ and message attachments reference.</remarks>
internal sealed class MattermostSender : HttpSender
{
    protected override HttpRequestMessage Build(Delivery delivery) => Json(HttpMethod.Post, delivery.Value("url"), json =>
    {
        var message = delivery.Message;
        json.WriteStartObject();
        json.WriteString("text", $"#### {message.Headline}");
        json.WriteStartArray("attachments");
        json.WriteStartObject();
        json.WriteString("fallback", message.Headline);
        json.WriteString("color", message.Color);
        json.WriteString("title", message.Title);
        json.WriteString("title_link", message.Url.AbsoluteUri);
        json.WriteString("text", MessageLimits.Cut(message.Markdown, 7000));
        json.WriteStartArray("fields");
        foreach (var (label, value) in message.Facts)
        {
            json.WriteStartObject();
            json.WriteBoolean("short", true);
            json.WriteString("title", label);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("footer", message.Status is null ? message.Time : $"{message.Status} · {message.Time}");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
