using StatusGen.Model;

namespace StatusGen.Themes.Default.Assets;

/// <summary>
/// One shape per status, so that status is never told by colour alone: a circle with a tick, a clock, a triangle,
/// a diamond, an octagon with a cross. The shapes are drawn once per page as SVG symbols and used by reference.
/// </summary>
public static class StatusIcons
{
    private static readonly (ComponentStatus Status, string Shape, string Mark)[] Shapes =
    [
        (ComponentStatus.Operational, "<circle cx=\"8\" cy=\"8\" r=\"8\"/>", "M4.5 8.3l2.3 2.3 4.7-5"),
        (ComponentStatus.UnderMaintenance, "<circle cx=\"8\" cy=\"8\" r=\"8\"/>", "M8 3.8V8.3l2.8 1.9"),
        (ComponentStatus.DegradedPerformance, "<path d=\"M8 .5l7.8 14.5H.2z\"/>", "M8 5.8v4M8 12.6v.1"),
        (ComponentStatus.PartialOutage, "<path d=\"M8 0l8 8-8 8-8-8z\"/>", "M8 4.3v4.4M8 11.5v.1"),
        (ComponentStatus.MajorOutage, "<path d=\"M4.7 0h6.6L16 4.7v6.6L11.3 16H4.7L0 11.3V4.7z\"/>", "M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4"),
    ];

    /// <summary>Short CSS name of a status: the class on every status label and bar ("op", "mt", "dg", "po", "mo").</summary>
    public static string Code(ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => "op",
        ComponentStatus.UnderMaintenance => "mt",
        ComponentStatus.DegradedPerformance => "dg",
        ComponentStatus.PartialOutage => "po",
        _ => "mo",
    };

    /// <summary>The hidden sprite placed once at the top of each page's body.</summary>
    public static string Sprite { get; } =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\" focusable=\"false\">"
        + string.Concat(Shapes.Select(s =>
            $"<symbol id=\"i-{Code(s.Status)}\" viewBox=\"0 0 16 16\"><g fill=\"currentColor\" stroke=\"none\">{s.Shape}</g><path d=\"{s.Mark}\"/></symbol>"))
        + "</svg>";

    /// <summary>A standalone favicon for the site's overall status; colours are the light theme's.</summary>
    public static string Favicon(ComponentStatus status)
    {
        var (_, shape, mark) = Shapes.First(s => s.Status == status);
        var colour = status switch
        {
            ComponentStatus.Operational => "#1a7f37",
            ComponentStatus.UnderMaintenance => "#0969da",
            ComponentStatus.DegradedPerformance => "#9a6700",
            ComponentStatus.PartialOutage => "#bc4c00",
            _ => "#cf222e",
        };
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">"
            + $"<g fill=\"{colour}\">{shape}</g><path d=\"{mark}\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\" stroke-linecap=\"round\"/></svg>\n";
    }
}
