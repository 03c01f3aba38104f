using System.Security.Cryptography;
using System.Text;

namespace StatusGen.Notify.Channels;

/// <summary>
/// A JSON POST shaped like Atlassian Statuspage's webhook notifications (docs/notify.md), so receivers written for
/// Statuspage work unchanged. With a secret, <c>X-StatusGen-Signature: sha256=HEX</c> is the HMAC-SHA256 of the exact
/// body bytes; <c>X-StatusGen-Delivery</c> is the same for an event and channel in every run, for de-duplication.
/// </summary>
internal sealed class WebhookSender : HttpSender
{
    public const string SignatureHeader = "X-StatusGen-Signature";
    public const string DeliveryHeader = "X-StatusGen-Delivery";
    public const string EventHeader = "X-StatusGen-Event";

    protected override HttpRequestMessage Build(Delivery delivery)
    {
        var body = delivery.Context.WebhookBody(delivery.Event);
        var request = Body(HttpMethod.Post, delivery.Value("url"), body);
        request.Headers.Add(DeliveryHeader, delivery.Id);
        request.Headers.Add(EventHeader, EventName(delivery.Event.Kind));
        if (delivery.Optional("secret") is { } secret)
        {
            request.Headers.Add(SignatureHeader, Sign(body, secret));
        }

        return request;
    }

    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>"incident.opened", "maintenance.started"...</summary>
    public static string EventName(NotifyEventKind kind) => kind switch
    {
        NotifyEventKind.IncidentOpened => "incident.opened",
        NotifyEventKind.IncidentUpdated => "incident.updated",
        NotifyEventKind.IncidentResolved => "incident.resolved",
        NotifyEventKind.PostmortemPosted => "incident.postmortem",
        NotifyEventKind.MaintenanceScheduled => "maintenance.scheduled",
        NotifyEventKind.MaintenanceUpdated => "maintenance.updated",
        NotifyEventKind.MaintenanceStarted => "maintenance.started",
        _ => "maintenance.completed",
    };
}
