using System.Globalization;
using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// The uptime report as plain text for a terminal (<c>statusgen uptime</c>): a table of figures and, on request,
/// where each component's downtime came from. Invariant culture; percentages with three decimals.
/// </summary>
public static class UptimeTextWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="content">The content whose <c>uptime.windowDays</c> the report was computed with.</param>
    /// <param name="includeSummary">Adds a row per group and the page-wide figure.</param>
    public static void WriteTable(TextWriter output, SiteContent content, UptimeReport report, DateTimeOffset now, IReadOnlyList<Component> components, bool includeSummary)
    {
        var site = content.Site;
        var zone = site.TimeZone;
        var days = report.WindowDays;
        var today = TimeZoneInfo.ConvertTime(now, zone);
        output.WriteLine($"Uptime at {today.ToString("yyyy-MM-dd HH:mm", Invariant)} {zone.Id} ({now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant)})");
        output.WriteLine($"Windows are the last N calendar days in {zone.Id}, today counted until now; {days}d: {Date(DateOnly.FromDateTime(today.DateTime).AddDays(1 - days))} to {Date(DateOnly.FromDateTime(today.DateTime))}.");
        output.WriteLine($"Downtime = {DowntimeRule(site.Uptime)}.");
        output.WriteLine();

        var rows = new List<string[]> { new[] { "COMPONENT", "GROUP", "7D", "30D", "90D", "365D", $"{days}D", $"DOWNTIME {days}D" } };
        foreach (var component in components)
        {
            var uptime = report.For(component.Id)!;
            rows.Add([
                component.Id, component.Group ?? "-",
                Percent(uptime.Last7Days), Percent(uptime.Last30Days), Percent(uptime.Last90Days), Percent(uptime.Last365Days),
                Percent(uptime.Window), $"{Minutes(uptime.Days.Sum(d => d.DowntimeMinutes))} min",
            ]);
        }

        if (includeSummary)
        {
            rows.AddRange(report.Groups.Select(g => new[] { $"group {g.Name}", "", "", "", "", "", Percent(g.Window), "" }));
            rows.Add(["overall", "", "", "", "", "", Percent(report.Overall), ""]);
        }

        WriteColumns(output, rows, leftAligned: 2);
    }

    /// <summary>One block per component: every incident (and counted maintenance window) with the minutes it took, per day.</summary>
    public static void WriteExplanation(TextWriter output, SiteContent content, Component component, IReadOnlyList<UptimeShare> shares)
    {
        var settings = content.Site.Uptime;
        var listed = shares.Where(s => !s.IsMaintenance || settings.CountMaintenance).ToList();
        output.WriteLine();
        output.WriteLine($"{component.Id} ({component.Name}): {Minutes(listed.Sum(s => s.DowntimeMinutes))} downtime minutes");
        if (listed.Count == 0)
        {
            output.WriteLine("  no incidents in this window");
            return;
        }

        var rows = listed.Select(s => new[]
        {
            Date(s.Date), s.IsMaintenance ? $"maintenance {s.Slug}" : s.Slug, $"{Minutes(s.DowntimeMinutes)} min", Breakdown(s, settings),
        }).ToList();
        WriteColumns(output, rows, leftAligned: 2, indent: "  ", rightAlignedUpTo: 3);
    }

    private static string Breakdown(UptimeShare share, UptimeSettings settings)
    {
        var parts = new List<string>();
        if (share.MajorOutageMinutes > 0)
        {
            parts.Add($"major outage {Minutes(share.MajorOutageMinutes)}");
        }

        if (share.PartialOutageMinutes > 0)
        {
            parts.Add($"partial outage {Minutes(share.PartialOutageMinutes)} x {settings.PartialOutageWeight.ToString(Invariant)}");
        }

        if (share.DegradedMinutes > 0)
        {
            parts.Add($"degraded {Minutes(share.DegradedMinutes)} (not downtime)");
        }

        if (share.MaintenanceMinutes > 0)
        {
            parts.Add($"maintenance {Minutes(share.MaintenanceMinutes)}");
        }

        return string.Join(", ", parts);
    }

    private static string DowntimeRule(UptimeSettings settings) =>
        $"major outage + {settings.PartialOutageWeight.ToString(Invariant)} x partial outage"
        + (settings.CountMaintenance ? " + maintenance; degraded performance is not downtime" : "; degraded performance and maintenance are not downtime");

    /// <param name="leftAligned">Columns before this index are padded on the right, the others on the left.</param>
    /// <param name="rightAlignedUpTo">Columns from this index on are left-aligned again (free text).</param>
    private static void WriteColumns(TextWriter output, List<string[]> rows, int leftAligned, string indent = "", int rightAlignedUpTo = int.MaxValue)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c < leftAligned || c >= rightAlignedUpTo ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            output.WriteLine((indent + string.Join("  ", cells)).TrimEnd());
        }
    }

    private static string Percent(double? value) => value is { } v ? $"{v.ToString("0.000", Invariant)}%" : "no data";

    private static string Minutes(double minutes) => minutes.ToString("0.#", Invariant);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
