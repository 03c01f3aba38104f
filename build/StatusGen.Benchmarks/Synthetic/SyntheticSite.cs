using StatusGen.Diagnostics;
using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Benchmarks.Synthetic;

/// <summary>What to generate. The same parameters and seed always give the same site.</summary>
internal sealed record SyntheticSiteOptions
{
    public required int Incidents { get; init; }
    public int Components { get; init; } = 50;
    public int ComponentsPerGroup { get; init; } = 10;
    public const int DefaultDays = 730;
    public int Days { get; init; } = DefaultDays;
    public int MaintenanceEveryDays { get; init; } = 14;
    public DateTimeOffset Now { get; init; } = new(2026, 11, 22, 10, 30, 0, TimeSpan.Zero);
    public int Seed { get; init; } = 20261122;

    /// <summary>Where the files will live; only used for the model's source paths.</summary>
    public string ContentRoot { get; init; } = "synthetic";
}

/// <summary>
/// A believable large site as the typed model: components in groups (a few tracked only recently), incidents spread over
/// the period with realistic updates and durations, some with status timelines and postmortems, one ongoing, and
/// regular maintenance. <see cref="ContentFolderWriter"/> writes it in the content format for full-build benchmarks.
/// </summary>
internal static class SyntheticSite
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static SiteContent Generate(SyntheticSiteOptions options)
    {
        var random = new Random(options.Seed);
        var components = Components(options);
        var incidents = new List<Incident>(options.Incidents);
        for (var i = 0; i < options.Incidents; i++)
        {
            incidents.Add(IncidentFactory.Create(random, options, components, i, ongoing: i == options.Incidents - 1));
        }

        var maintenances = Maintenances(random, options, components);
        return new SiteContent
        {
            ContentRoot = options.ContentRoot,
            Site = new SiteConfig
            {
                Title = "Synthetic Status",
                Description = "A generated site for benchmarks.",
                BaseUrl = new Uri("https://status.example.com/"),
                Language = "en",
                TimeZone = Zone,
                Components = components,
            },
            Incidents = [.. incidents.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal)],
            Maintenances = [.. maintenances.OrderByDescending(m => m.Scheduled)],
        };
    }

    private static List<Component> Components(SyntheticSiteOptions options)
    {
        string[] groups = ["Web", "API", "Data", "Notifications", "Infrastructure", "Integrations", "Mobile", "Billing"];
        var firstDay = LocalDate(options.Now.AddDays(-options.Days));
        var list = new List<Component>(options.Components);
        for (var i = 0; i < options.Components; i++)
        {
            // Every tenth component started recently, so the uptime window begins with "no data" days for it.
            var since = i % 10 == 9 ? LocalDate(options.Now.AddDays(-40 - i)) : firstDay;
            list.Add(new Component
            {
                Id = $"svc-{i + 1:D2}",
                Name = $"Service {i + 1:D2}",
                Group = groups[i / options.ComponentsPerGroup % groups.Length],
                Description = $"Synthetic component number {i + 1}.",
                Since = since,
            });
        }

        return list;
    }

    private static List<Maintenance> Maintenances(Random random, SyntheticSiteOptions options, List<Component> components)
    {
        var list = new List<Maintenance>();
        var first = options.Now.AddDays(-options.Days + 3);
        var index = 0;

        // Regular windows over the whole period plus two upcoming ones; 01:00 UTC is never a DST gap in Europe.
        for (var day = first; day < options.Now.AddDays(21); day = day.AddDays(options.MaintenanceEveryDays), index++)
        {
            var scheduled = new DateTimeOffset(day.Year, day.Month, day.Day, 1, 0, 0, TimeSpan.Zero);
            var until = scheduled.AddHours(2);
            var slug = FormattableString.Invariant($"{LocalDate(scheduled):yyyy-MM-dd}-maintenance-{index:D3}");
            var ids = components.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
            var updates = new List<MaintenanceUpdate>();
            void Add(DateTimeOffset at, MaintenanceUpdateStatus status, string text)
            {
                if (at <= options.Now)
                {
                    updates.Add(new MaintenanceUpdate { At = at, Status = status, Body = Render(text), Position = SourcePosition.StartOf(slug) });
                }
            }

            Add(scheduled.AddDays(-7), MaintenanceUpdateStatus.Scheduled, "We will upgrade the database servers behind these services. Short interruptions of up to five minutes are possible.");
            Add(scheduled, MaintenanceUpdateStatus.InProgress, "The maintenance has started.");
            Add(until.AddMinutes(-10), MaintenanceUpdateStatus.Completed, "The maintenance is complete and all services work normally.");
            list.Add(new Maintenance
            {
                Slug = slug,
                Source = Source(options, "maintenance", slug),
                Title = $"Database upgrade {index + 1}",
                Scheduled = scheduled,
                Until = until,
                ComponentIds = ids,
                Summary = Render("Planned upgrade of the database servers."),
                Updates = [.. updates.OrderByDescending(u => u.At)],
            });
        }

        return list;
    }

    internal static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    internal static SourceFile Source(SyntheticSiteOptions options, string folder, string slug) =>
        new($"{folder}/{slug}.md", Path.Combine(options.ContentRoot, folder, slug + ".md"));

    internal static MarkdownText Render(string markdown) => MarkdownRenderer.Default.Render(markdown);
}
