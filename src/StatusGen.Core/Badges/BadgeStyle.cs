using StatusGen.Localization;
using StatusGen.Model;

namespace StatusGen.Badges;

/// <summary>What a badge says and shows for a status: the words carry the meaning, the colour only repeats it.</summary>
internal sealed record BadgeStyle(string Message, string Fill, string ShieldsColor)
{
    /// <summary>Fills keep white text at a contrast of at least 4.5:1 (WCAG AA); the words come from the language file.</summary>
    public static BadgeStyle For(ComponentStatus status, SiteText text) => status switch
    {
        ComponentStatus.Operational => new(text.Badge[status], "#2e7d32", "brightgreen"),
        ComponentStatus.UnderMaintenance => new(text.Badge[status], "#1565c0", "blue"),
        ComponentStatus.DegradedPerformance => new(text.Badge[status], "#8a5a00", "yellow"),
        ComponentStatus.PartialOutage => new(text.Badge[status], "#b23c00", "orange"),
        _ => new(text.Badge[status], "#c62828", "red"),
    };
}
