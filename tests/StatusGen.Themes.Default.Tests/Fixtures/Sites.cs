using StatusGen.Model;

namespace StatusGen.Themes.Default.Tests.Fixtures;

/// <summary>Named fixture sites shared by the component, validator and browser tests.</summary>
public static class Sites
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>A quiet site: nothing wrong now, one upcoming maintenance, no incidents in two weeks.</summary>
    public static SnapshotBuilder Quiet() => new SnapshotBuilder()
        .Maintenance("2026-11-28-db-upgrade", "Database upgrade", Utc(11, 28, 2), Utc(11, 28, 4), "db", "api");

    /// <summary>
    /// A busy site: one ongoing major incident with three updates, resolved incidents over the last weeks (one with a
    /// status timeline and a postmortem), maintenance in progress and upcoming.
    /// </summary>
    public static SnapshotBuilder Busy()
    {
        var builder = Quiet()
            .Maintenance("2026-11-22-mail-relay", "Mail relay replacement", Utc(11, 22, 8), Utc(11, 22, 12), "mail")
            .Maintenance("2026-10-30-network", "Network maintenance", Utc(10, 30, 1), Utc(10, 30, 3), "web", "app")
            .Incident(
                "2026-11-22-api-errors",
                "Elevated error rates on the API",
                Utc(11, 22, 7, 15),
                null,
                [("api", ComponentStatus.PartialOutage), ("app", ComponentStatus.DegradedPerformance)],
                [
                    (Utc(11, 22, 7, 25), IncidentUpdateStatus.Investigating, "We are seeing **elevated error rates** on API requests and are investigating."),
                    (Utc(11, 22, 8, 5), IncidentUpdateStatus.Identified, "A faulty deploy of the rate limiter rejects valid requests. We are rolling it back."),
                    (Utc(11, 22, 9, 40), IncidentUpdateStatus.Monitoring, "The rollback is complete; error rates are back to normal for most customers. We are monitoring."),
                ],
                summary: "Some API requests fail with HTTP 503.")
            .Incident(new Incident
            {
                Slug = "2026-11-18-database-outage",
                Source = new Diagnostics.SourceFile("content/incidents/2026-11-18-database-outage.md", "/content/incidents/2026-11-18-database-outage.md"),
                Title = "Database outage",
                Started = Utc(11, 18, 13, 2),
                Resolved = Utc(11, 18, 15, 40),
                Impact = Impact.Critical,
                Components =
                [
                    new AffectedComponent { ComponentId = "db", Changes = [new(Utc(11, 18, 13, 2), ComponentStatus.MajorOutage), new(Utc(11, 18, 14, 30), ComponentStatus.DegradedPerformance)] },
                    new AffectedComponent { ComponentId = "api", Changes = [new(Utc(11, 18, 13, 2), ComponentStatus.MajorOutage), new(Utc(11, 18, 14, 30), ComponentStatus.Operational)] },
                ],
                Summary = Markdown.MarkdownRenderer.Default.Render(""),
                Updates =
                [
                    Update(Utc(11, 20, 9), IncidentUpdateStatus.Postmortem, "### What happened\n\nA storage controller failed and the failover did not start.\n\n- We replaced the controller.\n- We now test failover weekly."),
                    Update(Utc(11, 18, 15, 40), IncidentUpdateStatus.Resolved, "All systems are back to normal."),
                    Update(Utc(11, 18, 14, 30), IncidentUpdateStatus.Monitoring, "The database is back on the standby node; writes are slower than usual."),
                    Update(Utc(11, 18, 13, 10), IncidentUpdateStatus.Investigating, "The primary database is unreachable."),
                ],
            })
            .Incident("2026-11-12-login-slow", "Slow logins", Utc(11, 12, 9), Utc(11, 12, 9, 50), [("app", ComponentStatus.DegradedPerformance)],
                [(Utc(11, 12, 9, 50), IncidentUpdateStatus.Resolved, "Logins are fast again.")], Impact.Minor)
            .Incident("2026-09-03-mail-delays", "Delayed emails", Utc(9, 3, 6), Utc(9, 3, 11), [("mail", ComponentStatus.PartialOutage)],
                [(Utc(9, 3, 11), IncidentUpdateStatus.Resolved, "The queue has drained.")], Impact.Minor);
        return builder;
    }

    /// <summary>
    /// Many incidents: <paramref name="count"/> resolved incidents spread over the past, plus the busy site's,
    /// to show that page weight and history pages stay bounded.
    /// </summary>
    public static SnapshotBuilder Many(int count)
    {
        var builder = Busy();
        var ids = new[] { "web", "app", "api", "db", "mail" };
        var statuses = new[] { ComponentStatus.DegradedPerformance, ComponentStatus.PartialOutage, ComponentStatus.MajorOutage };
        var start = SnapshotBuilder.DefaultNow.AddDays(-1);
        for (var i = 0; i < count; i++)
        {
            // Deterministic spread: about one incident a day, going back in time, each on one or two components.
            var started = start.AddHours(-(i * 23) - (i % 7));
            var affected = i % 3 == 0
                ? new[] { (ids[i % 5], statuses[i % 3]), (ids[(i + 2) % 5], ComponentStatus.DegradedPerformance) }
                : new[] { (ids[i % 5], statuses[i % 3]) };
            builder.Incident(
                $"{started:yyyy-MM-dd}-synthetic-{i:0000}",
                Titles[i % Titles.Length],
                started,
                started.AddMinutes(30 + (i % 90)),
                affected,
                [
                    (started.AddMinutes(5), IncidentUpdateStatus.Investigating, "We are investigating reports of errors affecting some customers."),
                    (started.AddMinutes(30 + (i % 90)), IncidentUpdateStatus.Resolved, "The issue is resolved. We will publish a summary."),
                ],
                (Impact)(1 + (i % 3)));
        }

        return builder;
    }

    /// <summary>
    /// A large, busy site: <paramref name="componentCount"/> components in five groups and <paramref name="count"/>
    /// resolved incidents spread evenly over the last two years, each on one or two components (10,000 is about 14 a day,
    /// so most components have an incident on most days of the uptime window).
    /// </summary>
    public static SnapshotBuilder Dense(int count, int componentCount)
    {
        var ids = Enumerable.Range(1, componentCount).Select(i => $"svc-{i:000}").ToArray();
        var builder = new SnapshotBuilder().Site(s => s with
        {
            Components = [.. ids.Select((id, i) => new Component { Id = id, Name = $"Service {i + 1:000}", Group = $"Region {(i % 5) + 1}", Since = new DateOnly(2024, 1, 1) })],
        });
        var statuses = new[] { ComponentStatus.DegradedPerformance, ComponentStatus.PartialOutage, ComponentStatus.MajorOutage };
        var spacing = TimeSpan.FromDays(730) / count;
        var start = SnapshotBuilder.DefaultNow.AddHours(-2);
        for (var i = 0; i < count; i++)
        {
            var started = start - (spacing * i);
            var affected = i % 3 == 0
                ? new[] { (ids[i * 7 % ids.Length], statuses[i % 3]), (ids[((i * 7) + 1) % ids.Length], ComponentStatus.DegradedPerformance) }
                : new[] { (ids[i * 7 % ids.Length], statuses[i % 3]) };
            builder.Incident(
                $"{started:yyyy-MM-dd}-dense-{i:00000}",
                Titles[i % Titles.Length],
                started,
                started.AddMinutes(20 + (i % 60)),
                affected,
                impact: (Impact)(1 + (i % 3)));
        }

        return builder;
    }

    private static readonly string[] Titles =
    [
        "Elevated error rates on the API",
        "Slow page loads in the web app",
        "Delayed email delivery",
        "Login failures for some customers",
        "Database replication lag",
        "Intermittent timeouts on file uploads",
        "Search results are incomplete",
    ];

    private static IncidentUpdate Update(DateTimeOffset at, IncidentUpdateStatus status, string markdown) => new()
    {
        At = at,
        Status = status,
        Body = Markdown.MarkdownRenderer.Default.Render(markdown),
        Position = new Diagnostics.SourcePosition("content/incidents/x.md", 1, 1),
    };
}
