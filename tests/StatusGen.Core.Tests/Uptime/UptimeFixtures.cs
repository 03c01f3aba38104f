using System.Globalization;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Tests.Uptime;

/// <summary>Small in-memory sites for the uptime tests: the engine only needs the model, never files.</summary>
internal static class UptimeFixtures
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static SiteContent Site(
        IReadOnlyList<Component> components,
        IReadOnlyList<Incident>? incidents = null,
        IReadOnlyList<Maintenance>? maintenances = null,
        TimeZoneInfo? zone = null,
        UptimeSettings? uptime = null) => new()
        {
            ContentRoot = "/content",
            Site = new SiteConfig
            {
                Title = "Example status",
                BaseUrl = new Uri("https://status.example.com/"),
                Language = "en",
                TimeZone = zone ?? TimeZoneInfo.Utc,
                Components = components,
                Uptime = uptime ?? new UptimeSettings(),
            },
            Incidents = [.. (incidents ?? []).OrderByDescending(i => i.Started)],
            Maintenances = [.. (maintenances ?? []).OrderByDescending(m => m.Scheduled)],
        };

    public static Component Component(string id, string? group = null, DateOnly? since = null) =>
        new() { Id = id, Name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(id), Group = group, Since = since };

    /// <summary>An incident naming each component with one status for its whole course.</summary>
    public static Incident Incident(string slug, DateTimeOffset started, DateTimeOffset? resolved, params (string Id, ComponentStatus Status)[] components) =>
        Incident(slug, started, resolved, [.. components.Select(c => Affected(c.Id, (started, c.Status)))]);

    public static Incident Incident(string slug, DateTimeOffset started, DateTimeOffset? resolved, IReadOnlyList<AffectedComponent> components) => new()
    {
        Slug = slug,
        Source = new SourceFile($"content/incidents/{slug}.md", $"/content/incidents/{slug}.md"),
        Title = slug,
        Started = started,
        Resolved = resolved,
        Impact = Impact.Major,
        Components = components,
        Summary = MarkdownText.Empty,
        Updates = [],
    };

    public static AffectedComponent Affected(string id, params (DateTimeOffset At, ComponentStatus Status)[] timeline) => new()
    {
        ComponentId = id,
        Changes = [.. timeline.Select(t => new StatusChange(t.At, t.Status))],
    };

    public static Maintenance Maintenance(string slug, DateTimeOffset scheduled, DateTimeOffset until, params string[] componentIds) => new()
    {
        Slug = slug,
        Source = new SourceFile($"content/maintenance/{slug}.md", $"/content/maintenance/{slug}.md"),
        Title = slug,
        Scheduled = scheduled,
        Until = until,
        ComponentIds = componentIds,
        Summary = MarkdownText.Empty,
        Updates = [],
    };
}
