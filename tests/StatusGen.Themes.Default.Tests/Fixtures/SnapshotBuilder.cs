using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Themes.Default.Tests.Fixtures;

/// <summary>
/// Builds a <see cref="SiteSnapshot"/> in code, the way the loader and the build's Compute stage would: a small
/// fictional site (two groups, five components) at a pinned time, with incidents and maintenance added by tests.
/// </summary>
public sealed class SnapshotBuilder
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private readonly List<Incident> incidents = [];
    private readonly List<Maintenance> maintenances = [];
    private SiteConfig site;

    public SnapshotBuilder()
    {
        site = new SiteConfig
        {
            Title = "Acme Status",
            Description = "Live status of the Acme platform.",
            BaseUrl = new Uri("https://status.example.com/acme/"),
            Language = "en",
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
            Components =
            [
                new Component { Id = "web", Name = "Website", Group = "Frontend", Since = new DateOnly(2025, 1, 1) },
                new Component { Id = "app", Name = "Web app", Group = "Frontend", Since = new DateOnly(2025, 1, 1) },
                new Component { Id = "api", Name = "Public API", Group = "Platform", Description = "REST API at api.example.com.", Since = new DateOnly(2025, 1, 1) },
                new Component { Id = "db", Name = "Database", Group = "Platform", Since = new DateOnly(2026, 10, 1) },
                new Component { Id = "mail", Name = "Email delivery", Since = new DateOnly(2025, 1, 1) },
            ],
        };
    }

    public DateTimeOffset Now { get; private set; } = DefaultNow;

    public SnapshotBuilder At(DateTimeOffset now)
    {
        Now = now;
        return this;
    }

    public SnapshotBuilder Site(Func<SiteConfig, SiteConfig> change)
    {
        site = change(site);
        return this;
    }

    public SnapshotBuilder Language(string language) => Site(s => s with { Language = language });

    /// <param name="components">"api" = one status for the whole incident.</param>
    public SnapshotBuilder Incident(
        string slug,
        string title,
        DateTimeOffset started,
        DateTimeOffset? resolved,
        IReadOnlyList<(string Id, ComponentStatus Status)> components,
        IReadOnlyList<(DateTimeOffset At, IncidentUpdateStatus Status, string Markdown)>? updates = null,
        Impact impact = Impact.Major,
        string summary = "") =>
        Incident(new Incident
        {
            Slug = slug,
            Source = new SourceFile($"content/incidents/{slug}.md", $"/content/incidents/{slug}.md"),
            Title = title,
            Started = started,
            Resolved = resolved,
            Impact = impact,
            Components = [.. components.Select(c => new AffectedComponent { ComponentId = c.Id, Changes = [new StatusChange(started, c.Status)] })],
            Summary = MarkdownRenderer.Default.Render(summary),
            Updates = [.. (updates ?? []).OrderByDescending(u => u.At).Select(u => new IncidentUpdate
            {
                At = u.At,
                Status = u.Status,
                Body = MarkdownRenderer.Default.Render(u.Markdown),
                Position = new SourcePosition($"content/incidents/{slug}.md", 10, 1),
            })],
        });

    public SnapshotBuilder Incident(Incident incident)
    {
        incidents.Add(incident);
        return this;
    }

    public SnapshotBuilder Maintenance(string slug, string title, DateTimeOffset scheduled, DateTimeOffset until, params string[] componentIds)
    {
        maintenances.Add(new Maintenance
        {
            Slug = slug,
            Source = new SourceFile($"content/maintenance/{slug}.md", $"/content/maintenance/{slug}.md"),
            Title = title,
            Scheduled = scheduled,
            Until = until,
            ComponentIds = componentIds,
            Summary = MarkdownRenderer.Default.Render("We will upgrade the database cluster. Expect short interruptions."),
            Updates = [],
        });
        return this;
    }

    public SiteContent Content() => new()
    {
        ContentRoot = "/content",
        Site = site,
        Incidents = [.. incidents.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal)],
        Maintenances = [.. maintenances.OrderByDescending(m => m.Scheduled).ThenBy(m => m.Slug, StringComparer.Ordinal)],
    };

    public SiteSnapshot Build()
    {
        // The build's own Compute stage: real status and uptime engine.
        return SiteBuilder.Compute(Content(), Now) with { GeneratorVersion = "0.1.0-test" };
    }
}
