using StatusGen.Uptime;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// Consecutive days of one component drawn as one list item of the uptime bars: days without incidents that look
/// the same (status, uptime, data or not) are merged, so a quiet quarter is one item with one sentence for screen
/// readers, and the page's weight depends on what happened, never on how many incidents exist in total.
/// Days with incidents always stand alone.
/// </summary>
public sealed record BarRun(IReadOnlyList<DayUptime> Days)
{
    public DayUptime First => Days[0];
    public DayUptime Last => Days[^1];

    public static IReadOnlyList<BarRun> From(IReadOnlyList<DayUptime> days)
    {
        var runs = new List<BarRun>();
        var current = new List<DayUptime>();
        foreach (var day in days)
        {
            if (current.Count > 0 && !(Mergeable(current[^1]) && Mergeable(day) && Looks(current[^1]) == Looks(day)))
            {
                runs.Add(new BarRun(current));
                current = [];
            }

            current.Add(day);
        }

        if (current.Count > 0)
        {
            runs.Add(new BarRun(current));
        }

        return runs;
    }

    private static bool Mergeable(DayUptime day) => day.IncidentSlugs.Count == 0;

    // Uptime is compared as shown (two decimals, rounded down) so merged days also read the same.
    private static (bool, Model.ComponentStatus, double?) Looks(DayUptime day) =>
        (day.HasData, day.WorstStatus, day.Uptime is { } u ? Math.Floor(u * 100) / 100 : null);
}
