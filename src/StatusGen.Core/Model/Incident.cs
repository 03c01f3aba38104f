using StatusGen.Diagnostics;

namespace StatusGen.Model;

public sealed record Incident
{
    /// <summary>The file name without ".md", e.g. "2026-11-10-api-errors"; stable id and URL segment.</summary>
    public required string Slug { get; init; }
    public required SourceFile Source { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Started { get; init; }

    /// <summary>Null while the incident is ongoing.</summary>
    public DateTimeOffset? Resolved { get; init; }
    public required Impact Impact { get; init; }

    /// <summary>True when <see cref="Impact"/> was derived from the components because front matter had none.</summary>
    public bool ImpactDerived { get; init; }
    public required IReadOnlyList<AffectedComponent> Components { get; init; }
    public required MarkdownText Summary { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<IncidentUpdate> Updates { get; init; }

    /// <summary>Old addresses of this page (front matter <c>aliases</c>); the build redirects them here.</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>Positions of the front matter parts; null when the incident was not read from a file.</summary>
    public IncidentSourceMap? SourceMap { get; init; }

    public bool IsResolvedAt(DateTimeOffset now) => Resolved is { } r && r <= now;

    /// <summary>The instant the incident stops counting: its resolution, or <paramref name="now"/> while ongoing.</summary>
    public DateTimeOffset EndOr(DateTimeOffset now) => Resolved is { } r && r <= now ? r : now;

    public IncidentUpdate? LatestUpdate => Updates.Count > 0 ? Updates[0] : null;

    public IncidentUpdate? Postmortem => Updates.FirstOrDefault(u => u.Status == IncidentUpdateStatus.Postmortem);
}

/// <summary>A component named by an incident, with its status over the incident's course.</summary>
public sealed record AffectedComponent
{
    public required string ComponentId { get; init; }

    /// <summary>
    /// Chronological and never empty. Each change holds from its time until the next change or the incident's end.
    /// A plain "api: major_outage" in front matter is one change at the incident's start.
    /// </summary>
    public required IReadOnlyList<StatusChange> Changes { get; init; }

    /// <summary>The worst status the component reached during the incident.</summary>
    public ComponentStatus WorstStatus => Changes.Max(c => c.Status);

    /// <summary>The status in force at <paramref name="at"/>, or Operational before the first change.</summary>
    public ComponentStatus StatusAt(DateTimeOffset at)
    {
        var status = ComponentStatus.Operational;
        foreach (var change in Changes)
        {
            if (change.At > at)
            {
                break;
            }

            status = change.Status;
        }

        return status;
    }
}

public sealed record StatusChange(DateTimeOffset At, ComponentStatus Status);

public sealed record IncidentUpdate
{
    public required DateTimeOffset At { get; init; }
    public required IncidentUpdateStatus Status { get; init; }
    public required MarkdownText Body { get; init; }
    public required SourcePosition Position { get; init; }
}

/// <summary>
/// Markdown source and the HTML Markdig makes of it. Text from the loader renders its HTML on first use and keeps
/// it: check, lint and notify never ask for it, and a build asks from the render stage, on every core.
/// </summary>
public sealed record MarkdownText
{
    public static readonly MarkdownText Empty = new("", "");

    private readonly Func<string, string>? render;
    private string? html;

    public MarkdownText(string markdown, string html)
    {
        Markdown = markdown;
        this.html = html;
    }

    /// <param name="render">Makes the HTML of <paramref name="markdown"/>; called at most once per thread that asks first.</param>
    internal MarkdownText(string markdown, Func<string, string> render)
    {
        Markdown = markdown;
        this.render = render;
    }

    public string Markdown { get; }

    /// <summary>
    /// The rendered HTML. Two threads asking at once may both render it; they get equal strings (rendering is
    /// deterministic), and either may be kept.
    /// </summary>
    public string Html => html ??= render!(Markdown);

    public bool IsEmpty => Markdown.Length == 0;

    public bool Equals(MarkdownText? other) =>
        ReferenceEquals(this, other) || (other is not null && Markdown == other.Markdown && Html == other.Html);

    public override int GetHashCode() => Markdown.GetHashCode(StringComparison.Ordinal);
}

/// <summary>An old address that redirects to a page, such as a cState "/issues/db-down/".</summary>
/// <param name="Path">Site-relative, starting with '/': a folder ending in '/' or a file ending in ".html".</param>
public sealed record Alias(string Path, SourcePosition Position)
{
    /// <summary>The file a host without redirect rules serves for it: "issues/db-down/index.html".</summary>
    public string PagePath => Path.EndsWith('/') ? Path[1..] + "index.html" : Path[1..];
}
