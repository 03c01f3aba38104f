using StatusGen.Diagnostics;

namespace StatusGen.Model;

/// <summary>
/// Where the parts of an incident file are, so that checks after loading (validation, communication lint)
/// point at the exact line. Positions are in the whole file; optional parts are null when the file lacks them.
/// </summary>
public sealed record IncidentSourceMap
{
    /// <summary>The opening '---' line.</summary>
    public required SourcePosition FrontMatter { get; init; }
    public required SourcePosition Title { get; init; }
    public required SourcePosition Started { get; init; }
    public SourcePosition? Resolved { get; init; }
    public SourcePosition? Impact { get; init; }

    /// <summary>In the order of <see cref="Incident.Components"/>.</summary>
    public required IReadOnlyList<AffectedComponentSource> Components { get; init; }

    /// <summary>The first line after the front matter.</summary>
    public required SourcePosition Body { get; init; }

    public AffectedComponentSource? Component(string componentId) => Components.FirstOrDefault(c => c.ComponentId == componentId);
}

/// <param name="Key">The component id in front matter.</param>
/// <param name="Changes">In the order of <see cref="AffectedComponent.Changes"/>: the timeline entries, or the single value.</param>
public sealed record AffectedComponentSource(string ComponentId, SourcePosition Key, IReadOnlyList<SourcePosition> Changes);

public sealed record MaintenanceSourceMap
{
    public required SourcePosition FrontMatter { get; init; }
    public required SourcePosition Title { get; init; }
    public required SourcePosition Scheduled { get; init; }
    public required SourcePosition Until { get; init; }

    /// <summary>In the order of <see cref="Maintenance.ComponentIds"/>.</summary>
    public required IReadOnlyList<SourcePosition> Components { get; init; }
    public required SourcePosition Body { get; init; }
}
