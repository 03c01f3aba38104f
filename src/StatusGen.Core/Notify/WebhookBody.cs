using System.Text.Json;
using StatusGen.Api;
using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Status;
using StatusGen.Uptime;

namespace StatusGen.Notify;

/// <summary>
/// The webhook body: Statuspage's notification shape (<c>meta</c>, <c>page</c> with <c>status_indicator</c> and
/// <c>status_description</c>, <c>incident</c> with its <c>incident_updates</c>) written by the same code as the JSON
/// API. The incident is shown as it stood at the event, so a late delivery does not carry later updates.
/// </summary>
internal sealed class WebhookBody
{
    public const string Documentation = "https://github.com/statusgen/statusgen/blob/main/docs/notify.md#webhook";

    private readonly SiteSnapshot snapshot;
    private readonly StatuspagePage page;
    private readonly Impact indicator;

    public WebhookBody(SiteContent content, DateTimeOffset now)
    {
        var status = StatusResolver.Resolve(content, now);
        snapshot = new SiteSnapshot { Content = content, Now = now, Status = status, Uptime = UptimeReport.Empty };
        page = StatuspagePage.From(snapshot);
        indicator = status.Indicator;
    }

    public byte[] Write(NotifyEvent e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("meta");
            json.WriteNull("unsubscribe");
            json.WriteString("documentation", Documentation);
            json.WriteString("event", Channels.WebhookSender.EventName(e.Kind));
            json.WriteString("event_id", e.Id);
            json.WriteEndObject();

            json.WriteStartObject("page");
            json.WriteString("id", page.Id);
            json.WriteString("status_indicator", indicator.Name());
            json.WriteString("status_description", StatuspageValues.Description(snapshot.Status.Overall));
            json.WriteEndObject();

            var writer = new StatuspageJson(snapshot with { Now = e.At }, page);
            if (e.Incident is { } incident)
            {
                writer.Incident(json, "incident", incident with { Updates = [.. incident.Updates.Where(u => u.At <= e.At)] });
            }
            else
            {
                writer.Maintenance(json, "incident", e.Maintenance! with { Updates = [.. e.Maintenance!.Updates.Where(u => u.At <= e.At)] });
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
