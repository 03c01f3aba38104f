namespace StatusGen.Model;

/// <summary>The validated contents of <c>site.yml</c>.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Absolute, always ending in '/'. Used only for feeds, API links and canonical URLs; pages link relatively.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>"en" or "de".</summary>
    public required string Language { get; init; }

    /// <summary>Display time zone and the boundary of calendar days (uptime bars, history grouping).</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>In the order of site.yml, which is also the display order.</summary>
    public required IReadOnlyList<Component> Components { get; init; }

    public SiteLinks Links { get; init; } = new();
    public UptimeSettings Uptime { get; init; } = new();
    public ThemeSettings Theme { get; init; } = new();
    public FeedSettings Feeds { get; init; } = new();
    public LintSettings Lint { get; init; } = new();

    /// <summary>The <c>notify</c> section: channels for <c>statusgen notify</c> and subscribe links for the pages.</summary>
    public StatusGen.Notify.NotifySettings Notify { get; init; } = new();

    public Component? FindComponent(string id) => Components.FirstOrDefault(c => c.Id == id);
}

public sealed record Component
{
    /// <summary>Lower-case slug, unique within the site; used in file names, URLs and front matter.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Display name of the group, or null for an ungrouped component.</summary>
    public string? Group { get; init; }
    public string Description { get; init; } = "";

    /// <summary>First calendar day (in the site's time zone) on which tracking starts; days before it have no uptime data.</summary>
    public DateOnly? Since { get; init; }
}

public sealed record SiteLink(string Label, Uri Url);

/// <summary>The optional <c>links</c> section: where visitors get help.</summary>
public sealed record SiteLinks
{
    public Uri? Support { get; init; }

    /// <summary>A URL, often mailto:.</summary>
    public Uri? Contact { get; init; }
}

public sealed record UptimeSettings
{
    /// <summary>Fraction of a partial-outage minute counted as downtime (0..1).</summary>
    public double PartialOutageWeight { get; init; } = 0.3;

    /// <summary>When true, minutes under maintenance count as downtime.</summary>
    public bool CountMaintenance { get; init; }

    /// <summary>Number of daily bars on the home page and days in api/uptime.json.</summary>
    public int WindowDays { get; init; } = 90;
}

public sealed record ThemeSettings
{
    /// <summary>Path of a logo file relative to the content folder, copied to the output.</summary>
    public string? Logo { get; init; }

    /// <summary>CSS colour such as "#0b5fff".</summary>
    public string? AccentColor { get; init; }

    /// <summary>Path of a CSS file relative to the content folder, appended to the theme's stylesheet.</summary>
    public string? ExtraCss { get; init; }
    public IReadOnlyList<SiteLink> HeaderLinks { get; init; } = [];
    public string? Footer { get; init; }

    /// <summary>
    /// The folder of template overrides as site.yml writes it (relative to the folder holding site.yml, '/' separators),
    /// or null for the default theme alone; checked to be a folder when loaded.
    /// </summary>
    public string? Path { get; init; }
}

public sealed record FeedSettings
{
    /// <summary>Maximum number of entries in each history feed.</summary>
    public int MaxEntries { get; init; } = 50;
}

public sealed record LintSettings
{
    /// <summary>An ongoing incident should be updated at least this often.</summary>
    public TimeSpan UpdateCadence { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>The first update should follow the start within this time.</summary>
    public TimeSpan FirstUpdateWithin { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A major or critical incident should have a postmortem this long after resolution.</summary>
    public TimeSpan PostmortemWithin { get; init; } = TimeSpan.FromDays(5);

    /// <summary>
    /// Incidents that started before this instant are history (usually imported from another tool) and are not linted;
    /// null lints every incident.
    /// </summary>
    public DateTimeOffset? Since { get; init; }
}
