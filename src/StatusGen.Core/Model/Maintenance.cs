using StatusGen.Diagnostics;

namespace StatusGen.Model;

public sealed record Maintenance
{
    /// <summary>The file name without ".md"; stable id and URL segment.</summary>
    public required string Slug { get; init; }
    public required SourceFile Source { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Scheduled { get; init; }
    public required DateTimeOffset Until { get; init; }
    public required IReadOnlyList<string> ComponentIds { get; init; }
    public required MarkdownText Summary { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<MaintenanceUpdate> Updates { get; init; }

    /// <summary>Old addresses of this page (front matter <c>aliases</c>); the build redirects them here.</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>Positions of the front matter parts; null when the maintenance was not read from a file.</summary>
    public MaintenanceSourceMap? SourceMap { get; init; }

    public MaintenanceState StateAt(DateTimeOffset now) =>
        now < Scheduled ? MaintenanceState.Upcoming
        : now < Until ? MaintenanceState.InProgress
        : MaintenanceState.Completed;
}

public sealed record MaintenanceUpdate
{
    public required DateTimeOffset At { get; init; }
    public required MaintenanceUpdateStatus Status { get; init; }
    public required MarkdownText Body { get; init; }
    public required SourcePosition Position { get; init; }
}
