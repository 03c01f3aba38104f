using StatusGen.Lint;
using StatusGen.Model;
using StatusGen.Themes.Default.Rendering;
using StatusGen.Uptime;

namespace StatusGen.Themes.Default.Models;

// One model per page template (Pages/*.cshtml). Each holds the page's own subject and what the template would
// otherwise work out itself, so a team's override stays markup.

/// <summary>Pages/Home (index.html): banner, active incidents, maintenance, components, the last days.</summary>
public sealed class HomePageModel : PageModel
{
    /// <summary>Every list on the home page is capped so its weight does not grow with the number of incidents.</summary>
    public const int MaxActive = 5;
    public const int MaxMaintenance = 5;
    public const int PastDayCount = 14;

    /// <summary>Incident links per past day; the rest are one link to the history page that holds them.</summary>
    public const int MaxPerDay = 3;

    /// <summary>The most the component rows with their daily bars may weigh on the home page (bytes, estimated from the
    /// content by BarWeight); above it the page shows <see cref="SiteBars"/> instead (docs/theme.md, "Weight").</summary>
    public const int MaxComponentBarBytes = 32_000;

    private readonly Lazy<IReadOnlyList<SiteBar>> siteBars;

    internal HomePageModel(ThemeContext theme, string path)
        : base(theme, path)
    {
        Groups = ComponentGroup.Of(theme.Site.Components);
        PastDays = PastDay.Of(theme, PastDayCount);
        ComponentBarBytes = theme.Snapshot.Uptime.Components.Where(c => theme.Site.FindComponent(c.ComponentId) is not null)
            .Sum(c => BarWeight.Of(c, theme.IncidentsBySlug));
        siteBars = new(() => SiteBar.Of(theme.Snapshot.Uptime, theme.IncidentsBySlug));
    }

    public override bool HasBanner => true;

    /// <summary>Components in site.yml order, grouped where they have a group (ungrouped ones keep their place).</summary>
    public IReadOnlyList<ComponentGroup> Groups { get; }

    /// <summary>The last days, newest first, each with the incidents that started on it.</summary>
    public IReadOnlyList<PastDay> PastDays { get; }

    /// <summary>What the component rows with their daily bars would weigh (bytes, estimated before rendering).</summary>
    public int ComponentBarBytes { get; }

    /// <summary>Whether each component row shows its daily bars: when they fit <see cref="MaxComponentBarBytes"/>.
    /// Otherwise the page shows one site-wide row (<see cref="SiteBars"/>), each component in one line, and the bars
    /// stay on the component pages.</summary>
    public bool ShowComponentBars => ComponentBarBytes <= MaxComponentBarBytes;

    /// <summary>The site-wide row: worst status of any component per day, oldest first, quiet days merged.</summary>
    public IReadOnlyList<SiteBar> SiteBars => siteBars.Value;
}

/// <summary>Pages/Incident (incidents/&lt;slug&gt;/): the facts, postmortem, components and the full timeline.</summary>
public sealed class IncidentPageModel : PageModel
{
    internal IncidentPageModel(ThemeContext theme, string path, Incident incident)
        : base(theme, path)
    {
        Incident = incident;
        Facts = CommunicationFacts.Of(incident, theme.Snapshot.Now);
    }

    public Incident Incident { get; }

    /// <summary>How fast and how often visitors were told (the communication lint's facts, docs/workflow.md).</summary>
    public CommunicationFacts Facts { get; }

    public bool Resolved => Incident.IsResolvedAt(Now);

    public override string Title => Incident.Title;

    public override string Description => $"{F.Impact(Incident.Impact)} · {F.DateTime(Incident.Started)}";
}

/// <summary>Pages/History (history/, history/2.html ...): a fixed number of incidents per page.</summary>
public sealed class HistoryPageModel : PageModel
{
    internal HistoryPageModel(ThemeContext theme, string path, int number, int count, IReadOnlyList<Incident> incidents)
        : base(theme, path)
    {
        Number = number;
        Count = count;
        Incidents = incidents;
    }

    /// <summary>This page's number, from 1.</summary>
    public int Number { get; }

    /// <summary>How many history pages there are.</summary>
    public int Count { get; }

    /// <summary>This page's incidents, newest first.</summary>
    public IReadOnlyList<Incident> Incidents { get; }

    public override string Title => Number == 1 ? T.IncidentHistory : $"{T.IncidentHistory} ({F.Text(T.PageOf, Number, Count)})";
}

/// <summary>Pages/Component (components/&lt;id&gt;/): status, uptime over fixed windows and months, its incidents.</summary>
public sealed class ComponentPageModel : PageModel
{
    /// <summary>Newest incidents listed; older ones are in the paginated history.</summary>
    public const int MaxIncidents = 50;

    internal ComponentPageModel(ThemeContext theme, string path, Component component)
        : base(theme, path)
    {
        Component = component;
        Uptime = theme.Snapshot.Uptime.For(component.Id);
        Incidents = theme.IncidentsByComponent.TryGetValue(component.Id, out var list) ? list : [];
    }

    public Component Component { get; }

    /// <summary>Null when the uptime output has nothing for the component.</summary>
    public ComponentUptime? Uptime { get; }

    /// <summary>Every incident that affected the component, newest first.</summary>
    public IReadOnlyList<Incident> Incidents { get; }

    public override string Title => Component.Name;

    public override string? Description => Component.Description;
}

/// <summary>Pages/Maintenance (maintenance/&lt;slug&gt;/): state, window, components, text and updates.</summary>
public sealed class MaintenancePageModel : PageModel
{
    internal MaintenancePageModel(ThemeContext theme, string path, Maintenance maintenance)
        : base(theme, path)
    {
        Maintenance = maintenance;
    }

    public Maintenance Maintenance { get; }

    public override string Title => Maintenance.Title;
}

/// <summary>Pages/MaintenanceIndex (maintenance/): windows in progress, upcoming and the latest completed.</summary>
public sealed class MaintenanceIndexPageModel : PageModel
{
    public const int MaxCompleted = 25;

    internal MaintenanceIndexPageModel(ThemeContext theme, string path)
        : base(theme, path)
    {
        Completed = [.. theme.Snapshot.Content.Maintenances
            .Where(m => m.StateAt(theme.Snapshot.Now) == MaintenanceState.Completed)
            .OrderByDescending(m => m.Scheduled)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Take(MaxCompleted)];
    }

    /// <summary>The most recent completed windows, newest first.</summary>
    public IReadOnlyList<Maintenance> Completed { get; }

    public override string Title => T.Maintenance;
}

/// <summary>Pages/Uptime (uptime/): every component's uptime per month (an SLA table).</summary>
public sealed class UptimePageModel : PageModel
{
    internal UptimePageModel(ThemeContext theme, string path)
        : base(theme, path)
    {
    }

    /// <summary>The table's months, oldest first (the same for every component).</summary>
    public IReadOnlyList<MonthUptime> Months => Snapshot.Uptime.Components is [var first, ..] ? first.Months : [];

    public override string Title => T.Uptime;
}

/// <summary>Pages/NotFound (404.html): served at any depth, so its links are root-relative.</summary>
public sealed class NotFoundPageModel : PageModel
{
    internal NotFoundPageModel(ThemeContext theme, string path)
        : base(theme, path, rootRelative: true)
    {
    }

    public override string Title => T.NotFoundTitle;
}
