using StatusGen.Model;
using StatusGen.Themes.Default.Rendering;
using StatusGen.Uptime;

namespace StatusGen.Themes.Default.Models;

// What partials show, beside the page they are part of (Part<T>): Partials/MaintenanceSection, Partials/UptimeBars,
// and the home page's component groups and past days.

/// <summary>Maintenance windows in one state under a heading that names the state.</summary>
/// <param name="Id">The heading's id (also what site.js uses to find the section).</param>
/// <param name="Max">Cards shown; the rest are one link to the maintenance overview.</param>
public sealed record MaintenanceSection(string Id, MaintenanceState State, string Heading, IReadOnlyList<Maintenance> Items, int Max = int.MaxValue);

/// <summary>A component's daily bars over the display window.</summary>
public sealed record ComponentBars(Component Component, ComponentUptime Uptime)
{
    /// <summary>Runs of identical quiet days merged into one item (see <see cref="BarRun"/>).</summary>
    public IReadOnlyList<BarRun> Runs => BarRun.From(Uptime.Days);
}

/// <summary>A group of components (or one ungrouped component: <see cref="Name"/> null) on the home page.</summary>
/// <param name="Index">The position of the group's first component in site.yml (its heading's id is g-Index); -1 when ungrouped.</param>
public sealed record ComponentGroup(string? Name, int Index, IReadOnlyList<Component> Members)
{
    // A group is shown where its first member appears; ungrouped components keep their own place.
    internal static IReadOnlyList<ComponentGroup> Of(IReadOnlyList<Component> components)
    {
        var blocks = new List<(string? Group, List<Component> Members)>();
        foreach (var component in components)
        {
            var existing = component.Group is null ? -1 : blocks.FindIndex(b => b.Group == component.Group);
            if (existing >= 0)
            {
                blocks[existing].Members.Add(component);
            }
            else
            {
                blocks.Add((component.Group, [component]));
            }
        }

        var groups = components.Select(c => c.Group).ToList();
        return [.. blocks.Select(b => new ComponentGroup(b.Group, b.Group is null ? -1 : groups.IndexOf(b.Group), b.Members))];
    }
}

/// <summary>One day of the home page's recent past and the incidents that started on it, newest first.</summary>
public sealed record PastDay(DateOnly Date, IReadOnlyList<Incident> Incidents)
{
    internal static IReadOnlyList<PastDay> Of(ThemeContext theme, int dayCount)
    {
        var format = theme.Format;
        var now = theme.Snapshot.Now;
        var today = format.LocalDate(now);

        // Incidents are newest first; only the window's days are kept, so the work stays small.
        var byDay = theme.Snapshot.Content.Incidents
            .Where(i => i.Started <= now)
            .TakeWhile(i => format.LocalDate(i.Started) > today.AddDays(-dayCount))
            .GroupBy(i => format.LocalDate(i.Started))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Incident>)[.. g]);
        return [.. Enumerable.Range(0, dayCount).Select(i => today.AddDays(-i))
            .Select(day => new PastDay(day, byDay.TryGetValue(day, out var list) ? list : []))];
    }
}
