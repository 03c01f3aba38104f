using StatusGen.Model;

namespace StatusGen.Badges;

/// <summary>What a badge says and shows for a status: the words carry the meaning, the colour only repeats it.</summary>
internal sealed record BadgeStyle(string Message, string Fill, string ShieldsColor)
{
    /// <summary>Fills keep white text at a contrast of at least 4.5:1 (WCAG AA).</summary>
    public static BadgeStyle For(ComponentStatus status, string language)
    {
        var german = language == "de";
        return status switch
        {
            ComponentStatus.Operational => new(german ? "betriebsbereit" : "operational", "#2e7d32", "brightgreen"),
            ComponentStatus.UnderMaintenance => new(german ? "Wartung" : "under maintenance", "#1565c0", "blue"),
            ComponentStatus.DegradedPerformance => new(german ? "eingeschränkt" : "degraded performance", "#8a5a00", "yellow"),
            ComponentStatus.PartialOutage => new(german ? "teilweiser Ausfall" : "partial outage", "#b23c00", "orange"),
            _ => new(german ? "Ausfall" : "major outage", "#c62828", "red"),
        };
    }
}
