using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Import;

/// <summary>A site read from another tool, in our terms, before it is written as content files.</summary>
public sealed record ImportedSite
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required Uri BaseUrl { get; init; }
    public required string Language { get; init; }

    /// <summary>An IANA id; timestamps are written with explicit offsets, so it affects display only.</summary>
    public required string TimeZoneId { get; init; }
    public required IReadOnlyList<ImportedComponent> Components { get; init; }
    public required IReadOnlyList<ImportedIncident> Incidents { get; init; }
    public IReadOnlyList<ImportedMaintenance> Maintenances { get; init; } = [];

    /// <summary>Where the imported history ends: site.yml's <c>lint.since</c>, so that only what comes later is linted.</summary>
    public DateTimeOffset? HistoryEnds { get; init; }

    /// <summary>The tool the site came from, named in site.yml's header comment.</summary>
    public required string Origin { get; init; }
}

public sealed record ImportedComponent(string Id, string Name, string? Group, string Description);

public sealed record ImportedIncident
{
    /// <summary>File name without ".md", "YYYY-MM-DD-words", unique within the import.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Started { get; init; }
    public DateTimeOffset? Resolved { get; init; }

    /// <summary>Written only when set; otherwise the loader derives it from the components.</summary>
    public Impact? Impact { get; init; }

    /// <summary>Component id to its status changes, chronological; one change at the start is written as a scalar.</summary>
    public required IReadOnlyList<AffectedComponent> Components { get; init; }
    public string Summary { get; init; } = "";

    /// <summary>Any order; written newest first.</summary>
    public required IReadOnlyList<ImportedUpdate> Updates { get; init; }

    /// <summary>The incident's addresses on the old page (front matter <c>aliases</c>), redirected by the build.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

public sealed record ImportedUpdate(DateTimeOffset At, IncidentUpdateStatus Status, string Markdown);

/// <summary>A maintenance window the old tool recorded (cState: an issue marked as maintenance).</summary>
public sealed record ImportedMaintenance
{
    /// <summary>File name without ".md", "YYYY-MM-DD-words", unique within the import.</summary>
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Scheduled { get; init; }

    /// <summary>After <see cref="Scheduled"/>.</summary>
    public required DateTimeOffset Until { get; init; }
    public required IReadOnlyList<string> ComponentIds { get; init; }
    public string Summary { get; init; } = "";
    public required IReadOnlyList<ImportedMaintenanceUpdate> Updates { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

public sealed record ImportedMaintenanceUpdate(DateTimeOffset At, MaintenanceUpdateStatus Status, string Markdown);

/// <summary>
/// What an importer read, and every problem it worked around (warnings) or could not (errors). With errors in single
/// source files the site holds everything else and is still written; <see cref="Site"/> is null only when nothing
/// could be read (no source, an unreadable config).
/// </summary>
public sealed record ImportResult(ImportedSite? Site, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Site is null || Diagnostics.Any(d => d.IsError);
}
