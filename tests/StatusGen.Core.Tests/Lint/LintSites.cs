using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Tests.Lint;

/// <summary>In-memory sites for the lint rules: one incident in a UTC site, built from times relative to its start.</summary>
internal static class LintSites
{
    public static readonly DateTimeOffset Start = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    public static SiteContent With(Incident incident, LintSettings? lint = null) => new()
    {
        ContentRoot = "/site",
        Site = new SiteConfig
        {
            Title = "Example",
            BaseUrl = new Uri("https://status.example.com/"),
            Language = "en",
            TimeZone = TimeZoneInfo.Utc,
            Components = [new Component { Id = "api", Name = "API" }],
            Lint = lint ?? new LintSettings(),
        },
        Incidents = [incident],
        Maintenances = [],
    };

    public static Incident Incident(
        Impact impact = Impact.Major,
        TimeSpan? resolvedAfter = null,
        params (TimeSpan After, IncidentUpdateStatus Status, string Text)[] updates)
    {
        var source = new SourceFile("content/incidents/2026-11-10-api.md", "/site/incidents/2026-11-10-api.md");
        return new Incident
        {
            Slug = "2026-11-10-api",
            Source = source,
            Title = "API errors",
            Started = Start,
            Resolved = resolvedAfter is { } r ? Start + r : null,
            Impact = impact,
            Components = [new AffectedComponent { ComponentId = "api", Changes = [new StatusChange(Start, ComponentStatus.PartialOutage)] }],
            Summary = MarkdownText.Empty,
            Updates = [.. updates
                .Select((u, i) => new IncidentUpdate
                {
                    At = Start + u.After,
                    Status = u.Status,
                    Body = new MarkdownText(u.Text, u.Text),
                    Position = source.At(10 + (i * 3), 1),
                })
                .OrderByDescending(u => u.At)],
        };
    }

    public static (TimeSpan, IncidentUpdateStatus, string) Update(int minutes, IncidentUpdateStatus status, string text = "We are looking into elevated error rates on the API.") =>
        (TimeSpan.FromMinutes(minutes), status, text);

    public const string Explained =
        "A faulty configuration change overloaded the database; we rolled it back and error rates are normal again.";
}
