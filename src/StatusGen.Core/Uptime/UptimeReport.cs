using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// Uptime for every component at the build's time. Percentages are 0..100; null means no data (tracking had not started).
/// The rules are in docs/uptime.md.
/// </summary>
public sealed record UptimeReport
{
    public static readonly UptimeReport Empty = new() { WindowDays = 0, Components = [], Groups = [], Overall = null };

    /// <summary>Number of daily entries in <see cref="ComponentUptime.Days"/> (site.yml uptime.windowDays).</summary>
    public required int WindowDays { get; init; }

    /// <summary>In site.yml order.</summary>
    public required IReadOnlyList<ComponentUptime> Components { get; init; }

    /// <summary>One per group, in order of first appearance in site.yml.</summary>
    public required IReadOnlyList<GroupUptime> Groups { get; init; }

    /// <summary>The page-wide figure over the display window (definition in docs/uptime.md).</summary>
    public required double? Overall { get; init; }

    public ComponentUptime? For(string componentId) => Components.FirstOrDefault(c => c.ComponentId == componentId);
}

public sealed record ComponentUptime
{
    public required string ComponentId { get; init; }
    public required double? Last7Days { get; init; }
    public required double? Last30Days { get; init; }
    public required double? Last90Days { get; init; }
    public required double? Last365Days { get; init; }

    /// <summary>Uptime over the display window (<see cref="UptimeReport.WindowDays"/> days).</summary>
    public required double? Window { get; init; }

    /// <summary>The display window's calendar days in the site's time zone, oldest first, ending with the build's day.</summary>
    public required IReadOnlyList<DayUptime> Days { get; init; }

    /// <summary>The last 12 calendar months, oldest first, ending with the build's month.</summary>
    public required IReadOnlyList<MonthUptime> Months { get; init; }
}

/// <summary>One calendar day of one component. Minutes are exact (fractions allowed) and never overlap: the worst state wins.</summary>
public sealed record DayUptime
{
    public required DateOnly Date { get; init; }

    /// <summary>Null for a day before tracking started.</summary>
    public required double? Uptime { get; init; }

    /// <summary>Minutes tracked on that day: 1440, or 1380/1500 on daylight-saving days, less any untracked or future part.</summary>
    public required double TrackedMinutes { get; init; }
    public required double MajorOutageMinutes { get; init; }
    public required double PartialOutageMinutes { get; init; }
    public required double DegradedMinutes { get; init; }
    public required double MaintenanceMinutes { get; init; }

    /// <summary>Major outage minutes + weight x partial outage minutes (+ maintenance minutes when counted): what the day's uptime subtracts.</summary>
    public double DowntimeMinutes { get; init; }

    /// <summary>The worst state reached that day; drives the bar's colour and its label.</summary>
    public required ComponentStatus WorstStatus { get; init; }

    /// <summary>Slugs of the incidents that touched this component that day, newest first.</summary>
    public required IReadOnlyList<string> IncidentSlugs { get; init; }

    public bool HasData => Uptime is not null;
}

public sealed record MonthUptime
{
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required double? Uptime { get; init; }
    public required double TrackedMinutes { get; init; }
    public required double DowntimeMinutes { get; init; }
}

public sealed record GroupUptime
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> ComponentIds { get; init; }

    /// <summary>Mean of the members' window uptime, over members with data.</summary>
    public required double? Window { get; init; }
}
