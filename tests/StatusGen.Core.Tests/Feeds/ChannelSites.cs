using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Tests.Feeds;

/// <summary>
/// Small sites built in code for the channel tests (feeds, API, calendar, badges, widget, sitemap), so they do not
/// depend on the loader. Times are written with offsets, as a content file would.
/// </summary>
internal static class ChannelSites
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static SiteConfig Site(string language = "en", int maxEntries = 50) => new()
    {
        Title = "Acme Status",
        Description = "Status of Acme's website, API and database.",
        BaseUrl = new Uri("https://status.example.com/"),
        Language = language,
        TimeZone = Berlin,
        Components =
        [
            new Component { Id = "web", Name = "Website", Group = "Frontend", Description = "www.example.com", Since = new DateOnly(2026, 1, 1) },
            new Component { Id = "api", Name = "API", Group = "Platform", Description = "api.example.com", Since = new DateOnly(2026, 1, 1) },
            new Component { Id = "db", Name = "Database", Group = "Platform", Since = new DateOnly(2026, 3, 1) },
            new Component { Id = "cdn", Name = "CDN" },
        ],
        Feeds = new FeedSettings { MaxEntries = maxEntries },
    };

    /// <summary>The API errors incident: ongoing at 12:00, with the API's outage easing to degraded at 11:20.</summary>
    public static Incident OngoingApiIncident(params (string At, IncidentUpdateStatus Status, string Body)[] extraUpdates)
    {
        (string, IncidentUpdateStatus, string)[] updates =
        [
            ("2026-11-10T09:30:00+01:00", IncidentUpdateStatus.Investigating, "We are seeing **elevated error rates** on the API & are investigating."),
            ("2026-11-10T10:05:00+01:00", IncidentUpdateStatus.Identified, "A bad configuration push to the load balancers <lb-7> caused the errors."),
            ("2026-11-10T11:20:00+01:00", IncidentUpdateStatus.Update, "The configuration is rolled back; error rates are falling."),
            ("2026-11-10T11:25:00+01:00", IncidentUpdateStatus.Monitoring, "Error rates are back to normal. We are monitoring."),
        ];
        return Incident("2026-11-10-api-errors", "Elevated error rates on the API", "2026-11-10T09:15:00+01:00", resolved: null, Impact.Major,
            [
                new AffectedComponent
                {
                    ComponentId = "api",
                    Changes = [new(At("2026-11-10T09:15:00+01:00"), ComponentStatus.MajorOutage), new(At("2026-11-10T11:20:00+01:00"), ComponentStatus.DegradedPerformance)],
                },
                new AffectedComponent { ComponentId = "web", Changes = [new(At("2026-11-10T09:15:00+01:00"), ComponentStatus.DegradedPerformance)] },
            ],
            [.. updates, .. extraUpdates]);
    }

    public static Incident ResolvedCdnIncident() => Incident(
        "2026-11-02-cdn-latency", "Slow image loading in Asia", "2026-11-02T03:10:00+01:00", "2026-11-02T04:40:00+01:00", Impact.Minor,
        [new AffectedComponent { ComponentId = "cdn", Changes = [new(At("2026-11-02T03:10:00+01:00"), ComponentStatus.DegradedPerformance)] }],
        [
            ("2026-11-02T03:20:00+01:00", IncidentUpdateStatus.Investigating, "Images load slowly from our Singapore edge."),
            ("2026-11-02T04:40:00+01:00", IncidentUpdateStatus.Resolved, "Traffic moved to Tokyo; latency is normal."),
        ]);

    public static Maintenance UpcomingDatabaseMaintenance(int extraUpdates = 0)
    {
        var updates = new List<(string, MaintenanceUpdateStatus, string)>
        {
            ("2026-11-09T10:00:00+01:00", MaintenanceUpdateStatus.Scheduled, "We will upgrade the primary database; writes pause for up to 10 minutes; a long line that needs folding, with commas; and semicolons."),
        };
        for (var i = 1; i <= extraUpdates; i++)
        {
            updates.Add(($"2026-11-09T1{i}:00:00+01:00", MaintenanceUpdateStatus.Update, $"Rescheduled note {i}."));
        }

        return Maintenance("2026-11-14-database-upgrade", "Database upgrade", "2026-11-14T22:00:00+01:00", "2026-11-15T01:00:00+01:00", ["db"], [.. updates]);
    }

    public static SiteContent Content(SiteConfig site, IEnumerable<Incident> incidents, IEnumerable<Maintenance> maintenances) => new()
    {
        ContentRoot = "/nonexistent/content",
        Site = site,
        Incidents = [.. incidents.OrderByDescending(i => i.Started)],
        Maintenances = [.. maintenances.OrderByDescending(m => m.Scheduled)],
    };

    /// <summary>The golden scenario: one ongoing incident and one upcoming maintenance, seen at 12:00 on the incident's day.</summary>
    public static SiteSnapshot OngoingIncidentAndUpcomingMaintenance(string language = "en") =>
        SiteBuilder.Compute(Content(Site(language), [OngoingApiIncident()], [UpcomingDatabaseMaintenance()]), At("2026-11-10T12:00:00+01:00"))
            with { GeneratorVersion = "0.0.0-test" };

    public static SiteSnapshot Snapshot(SiteContent content, string now) =>
        SiteBuilder.Compute(content, At(now)) with { GeneratorVersion = "0.0.0-test" };

    public static Incident Incident(string slug, string title, string started, string? resolved, Impact impact,
        IReadOnlyList<AffectedComponent> components, (string At, IncidentUpdateStatus Status, string Body)[] updates) => new()
    {
        Slug = slug,
        Source = new SourceFile($"content/incidents/{slug}.md", $"/nonexistent/content/incidents/{slug}.md"),
        Title = title,
        Started = At(started),
        Resolved = resolved is null ? null : At(resolved),
        Impact = impact,
        Components = components,
        Summary = MarkdownRenderer.Default.Render(""),
        Updates = [.. updates.Select((u, i) => new IncidentUpdate
        {
            At = At(u.At),
            Status = u.Status,
            Body = MarkdownRenderer.Default.Render(u.Body),
            Position = new SourcePosition($"content/incidents/{slug}.md", 10 + i, 1),
        }).OrderByDescending(u => u.At)],
    };

    public static Maintenance Maintenance(string slug, string title, string scheduled, string until, IReadOnlyList<string> componentIds,
        (string At, MaintenanceUpdateStatus Status, string Body)[] updates) => new()
    {
        Slug = slug,
        Source = new SourceFile($"content/maintenance/{slug}.md", $"/nonexistent/content/maintenance/{slug}.md"),
        Title = title,
        Scheduled = At(scheduled),
        Until = At(until),
        ComponentIds = componentIds,
        Summary = MarkdownRenderer.Default.Render("The database cluster moves to **PostgreSQL 18**."),
        Updates = [.. updates.Select((u, i) => new MaintenanceUpdate
        {
            At = At(u.At),
            Status = u.Status,
            Body = MarkdownRenderer.Default.Render(u.Body),
            Position = new SourcePosition($"content/maintenance/{slug}.md", 10 + i, 1),
        }).OrderByDescending(u => u.At)],
    };

    public static OutputFile File(this IEnumerable<OutputFile> files, string path) =>
        files.SingleOrDefault(f => f.Path == path) ?? throw new AssertFailedException($"no output file '{path}'");

    public static string Text(this OutputFile file) => System.Text.Encoding.UTF8.GetString(file.Bytes);
}
