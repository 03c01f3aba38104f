namespace StatusGen.Notify.Channels;

/// <summary>
/// A Microsoft Teams Workflows webhook ("Post to a channel when a webhook request is received"): a message with
/// one Adaptive Card attachment. The retired Office 365 connectors took MessageCards instead; Workflows wants this.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using; Adaptive Card 1.4.</remarks>
internal sealed class TeamsSender : HttpSender
{
    protected override HttpRequestMessage Build(Delivery delivery) => Json(HttpMethod.Post, delivery.Value("url"), json =>
    {
        var message = delivery.Message;
        json.WriteStartObject();
        json.WriteString("type", "message");
        json.WriteStartArray("attachments");
        json.WriteStartObject();
        json.WriteString("contentType", "application/vnd.microsoft.card.adaptive");
        json.WriteNull("contentUrl");
        json.WriteStartObject("content");
        json.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        json.WriteString("type", "AdaptiveCard");
        json.WriteString("version", "1.4");
        json.WriteStartArray("body");
        TextBlock(json, message.Headline, block =>
        {
            block.WriteString("weight", "Bolder");
            block.WriteString("size", "Medium");
            block.WriteString("color", message.Color == "#dc2626" ? "Attention" : message.Color == "#16a34a" ? "Good" : "Default");
        });
        TextBlock(json, message.Status is null ? message.Time : $"{message.Status} · {message.Time}", block =>
        {
            block.WriteBoolean("isSubtle", true);
            block.WriteString("spacing", "None");
        });
        TextBlock(json, message.Markdown, _ => { });
        json.WriteStartObject();
        json.WriteString("type", "FactSet");
        json.WriteStartArray("facts");
        foreach (var (label, value) in message.Facts)
        {
            json.WriteStartObject();
            json.WriteString("title", label);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("actions");
        json.WriteStartObject();
        json.WriteString("type", "Action.OpenUrl");
        json.WriteString("title", message.UrlLabel);
        json.WriteString("url", message.Url.AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void TextBlock(System.Text.Json.Utf8JsonWriter json, string text, Action<System.Text.Json.Utf8JsonWriter> style)
    {
        json.WriteStartObject();
        json.WriteString("type", "TextBlock");
        json.WriteString("text", text);
        json.WriteBoolean("wrap", true);
        style(json);
        json.WriteEndObject();
    }
}
