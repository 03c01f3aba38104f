using System.Net.Http.Headers;
using System.Text;

namespace StatusGen.Notify.Channels;

/// <summary>
/// A Mastodon status through POST /api/v1/statuses with an access token (scope write:statuses). The delivery id is
/// sent as Idempotency-Key, so a retry after a lost answer does not post twice.
/// </summary>
/// <remarks>https://docs.joinmastodon.org/methods/statuses/#create; a status holds 500 characters on most instances.</remarks>
internal sealed class MastodonSender : HttpSender
{
    private const int MaxLength = 500;

    protected override HttpRequestMessage Build(Delivery delivery)
    {
        var request = Json(HttpMethod.Post, $"{delivery.Value("url").TrimEnd('/')}/api/v1/statuses", json =>
        {
            json.WriteStartObject();
            json.WriteString("status", Status(delivery.Message));
            json.WriteString("visibility", delivery.Channel.Visibility ?? "public");
            json.WriteString("language", delivery.Message.Language);
            json.WriteEndObject();
        });
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", delivery.Value("token"));
        request.Headers.Add("Idempotency-Key", delivery.Id);
        return request;
    }

    /// <summary>Headline, status and time, as much of the text as fits, and the link.</summary>
    internal static string Status(NotifyMessage message)
    {
        var head = new StringBuilder()
            .Append(message.Headline).Append('\n')
            .Append(message.Status is null ? message.Time : $"{message.Status} · {message.Time}").Append("\n\n")
            .ToString();
        var tail = $"\n\n{message.Url.AbsoluteUri}";
        var room = MaxLength - head.Length - tail.Length;
        return room <= 1 ? MessageLimits.Cut(head.TrimEnd(), MaxLength - tail.Length) + tail : head + MessageLimits.Cut(message.Text, room) + tail;
    }
}
