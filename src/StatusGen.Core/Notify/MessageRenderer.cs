using System.Net;
using System.Text;
using StatusGen.Model;

namespace StatusGen.Notify;

/// <summary>Renders an event into the parts every channel shares, in the site's language and time zone.</summary>
internal sealed class MessageRenderer(SiteConfig site, NotifyText strings)
{
    public static MessageRenderer For(SiteConfig site) => new(site, NotifyText.For(site.Language));

    public NotifyMessage Render(NotifyEvent e)
    {
        var kind = strings.Kinds[e.Kind];
        var markdown = e.Body.IsEmpty ? DefaultText(e) : e.Body.Markdown;
        var html = e.Body.IsEmpty ? $"<p>{WebUtility.HtmlEncode(markdown)}</p>" : e.Body.Html.Trim();
        return new NotifyMessage
        {
            KindLabel = kind,
            Title = e.Title,
            Subject = $"[{site.Title}] {kind}: {e.Title}",
            Status = e.UpdateStatus is { } status ? strings.UpdateStatus(status, e.IsIncident) : null,
            Time = strings.Time(e.At, site.TimeZone),
            Markdown = markdown.Trim(),
            Text = e.Body.IsEmpty ? markdown : Markdig.Markdown.ToPlainText(e.Body.Markdown).Trim(),
            Html = html,
            Facts = Facts(e),
            Url = new Uri(site.BaseUrl, e.PagePath),
            UrlLabel = strings.ViewOnPage,
            Footer = strings.Format(strings.Footer, site.Title, site.BaseUrl.AbsoluteUri),
            Color = Color(e),
            SiteTitle = site.Title,
            Language = site.Language,
        };
    }

    /// <summary>The plain-text form that email's text part, Telegram, Mastodon and --dry-run show.</summary>
    public static string PlainText(NotifyMessage message)
    {
        var text = new StringBuilder();
        text.Append(message.Headline).Append('\n');
        text.Append(message.Status is null ? message.Time : $"{message.Status} · {message.Time}").Append("\n\n");
        text.Append(message.Text).Append("\n\n");
        foreach (var (label, value) in message.Facts)
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        text.Append('\n').Append(message.UrlLabel).Append(": ").Append(message.Url.AbsoluteUri).Append('\n');
        return text.ToString();
    }

    private string DefaultText(NotifyEvent e) => e.Kind switch
    {
        NotifyEventKind.MaintenanceStarted => strings.Format(strings.StartedText, strings.Time(e.Maintenance!.Until, site.TimeZone)),
        NotifyEventKind.MaintenanceCompleted => strings.CompletedText,
        NotifyEventKind.IncidentResolved => strings.ResolvedText,
        _ => "",
    };

    private List<(string, string)> Facts(NotifyEvent e)
    {
        var facts = new List<(string, string)>();
        if (e.Incident is { } incident)
        {
            facts.Add((strings.Site.Impact, strings.Site.Impacts[incident.Impact]));
            var resolved = incident.IsResolvedAt(e.At);
            facts.Add((strings.Site.Affected, strings.Site.List(incident.Components.Select(c =>
                $"{Name(c.ComponentId)} ({strings.Statuses[resolved ? ComponentStatus.Operational : c.StatusAt(e.At)]})"))));
        }
        else if (e.Maintenance is { } maintenance)
        {
            facts.Add((strings.Site.Window, $"{strings.Time(maintenance.Scheduled, site.TimeZone)} – {strings.Time(maintenance.Until, site.TimeZone)}"));
            var status = maintenance.StateAt(e.At) == MaintenanceState.InProgress ? ComponentStatus.UnderMaintenance : ComponentStatus.Operational;
            facts.Add((strings.Site.Affected, strings.Site.List(maintenance.ComponentIds.Select(id => $"{Name(id)} ({strings.Statuses[status]})"))));
        }

        return facts;
    }

    private string Name(string componentId) => site.FindComponent(componentId)?.Name ?? componentId;

    private static string Color(NotifyEvent e) => e switch
    {
        { IsIncident: false } => "#3b82f6",
        { Kind: NotifyEventKind.IncidentResolved or NotifyEventKind.PostmortemPosted } => "#16a34a",
        { Impact: Impact.Critical or Impact.Major } => "#dc2626",
        { Impact: Impact.Minor } => "#f59e0b",
        _ => "#6b7280",
    };
}
