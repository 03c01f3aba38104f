using System.Security.Cryptography;
using System.Text;

namespace StatusGen.Notify.Channels;

/// <summary>One event to one channel, with the channel's values already resolved from the environment.</summary>
/// <param name="Values">Resolved values by key ("url", "secret", "smtp.password"...); never printed.</param>
internal sealed record Delivery(NotifyChannel Channel, IReadOnlyDictionary<string, string> Values, NotifyEvent Event, NotifyMessage Message, DeliveryContext Context)
{
    /// <summary>The same for one event and channel in every run: the webhook's X-StatusGen-Delivery, Mastodon's Idempotency-Key.</summary>
    public string Id { get; } = StableId(Channel.Id, Event.Id);

    public string Value(string key) => Values.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"channel '{Channel.Id}' has no resolved '{key}'");

    public string? Optional(string key) => Values.GetValueOrDefault(key);

    /// <summary>A UUID-shaped hex string from SHA-256 over "channel\nevent".</summary>
    public static string StableId(string channelId, string eventId)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{eventId}")));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}

/// <summary>What the run shares with every delivery.</summary>
/// <param name="Now">The run's time (--now): the Date header, Retry-After dates.</param>
/// <param name="WebhookBody">Builds the Statuspage-shaped body of one event; computed from the content only when a webhook needs it.</param>
internal sealed record DeliveryContext(DateTimeOffset Now, HttpClient Http, Func<NotifyEvent, byte[]> WebhookBody, TimeSpan Timeout);

/// <summary>How one attempt ended.</summary>
internal sealed record DeliveryOutcome(bool Delivered, bool Retryable, string Reason, TimeSpan? RetryAfter = null)
{
    public static readonly DeliveryOutcome Success = new(true, false, "delivered");

    public static DeliveryOutcome Transient(string reason, TimeSpan? retryAfter = null) => new(false, true, reason, retryAfter);

    public static DeliveryOutcome Permanent(string reason) => new(false, false, reason);
}

/// <summary>Sends one event to one kind of channel. Implementations never throw for a failed delivery: they describe it.</summary>
internal interface IChannelSender
{
    Task<DeliveryOutcome> SendAsync(Delivery delivery, CancellationToken cancellation);
}
