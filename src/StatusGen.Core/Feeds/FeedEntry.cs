namespace StatusGen.Feeds;

/// <summary>One entry of a feed, independent of the format it is written in.</summary>
internal sealed record FeedEntry
{
    /// <summary>Permanent: a tag URI (<see cref="FeedIds"/>).</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The absolute URL of the incident or maintenance page.</summary>
    public required Uri Link { get; init; }
    public required DateTimeOffset Published { get; init; }

    /// <summary>From content (<see cref="ContentTimes"/>), so it moves only when the content changes.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>"incident" or "maintenance".</summary>
    public required string Category { get; init; }

    /// <summary>Plain text, one line: current status and impact.</summary>
    public required string Summary { get; init; }

    /// <summary>An HTML fragment; writers escape it for their format.</summary>
    public required string ContentHtml { get; init; }
}

/// <summary>A feed's own metadata and its entries, newest first.</summary>
internal sealed record FeedDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }

    /// <summary>The HTML page the feed mirrors.</summary>
    public required Uri Alternate { get; init; }

    /// <summary>The feed's own absolute URL (atom:link rel="self").</summary>
    public required Uri Self { get; init; }

    /// <summary>The newest entry's <see cref="FeedEntry.Updated"/>; for a feed with no entries, the site's latest content change.</summary>
    public required DateTimeOffset Updated { get; init; }
    public required string Author { get; init; }
    public required string GeneratorVersion { get; init; }
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
}
