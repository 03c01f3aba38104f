namespace StatusGen.Notify;

/// <summary>One event rendered in the site's language; every channel builds its own request from these parts.</summary>
internal sealed record NotifyMessage
{
    /// <summary>"New incident", "Maintenance started"...</summary>
    public required string KindLabel { get; init; }

    /// <summary>The incident's or maintenance's title.</summary>
    public required string Title { get; init; }

    /// <summary>"New incident: API errors".</summary>
    public string Headline => $"{KindLabel}: {Title}";

    /// <summary>"[Example Status] New incident: API errors".</summary>
    public required string Subject { get; init; }

    /// <summary>The update's status in the site's language ("Identified"), or null for a clock event.</summary>
    public string? Status { get; init; }

    /// <summary>The event's time in the site's zone and language.</summary>
    public required string Time { get; init; }
    public required string Markdown { get; init; }
    public required string Text { get; init; }
    public required string Html { get; init; }

    /// <summary>Label and value pairs: impact, affected components with their status, the maintenance window.</summary>
    public required IReadOnlyList<(string Label, string Value)> Facts { get; init; }
    public required Uri Url { get; init; }
    public required string UrlLabel { get; init; }
    public required string Footer { get; init; }

    /// <summary>A colour for chat attachments: red to green by severity, blue for maintenance, as "#rrggbb".</summary>
    public required string Color { get; init; }

    public string SiteTitle { get; init; } = "";

    /// <summary>site.yml's language code, for APIs that tag a post with it.</summary>
    public string Language { get; init; } = "en";
}
