using Microsoft.AspNetCore.Components;
using StatusGen.Model;
using StatusGen.Themes.Default.Assets;
using StatusGen.Themes.Default.Formatting;
using StatusGen.Themes.Default.Rendering;

namespace StatusGen.Themes.Default.Components;

/// <summary>
/// The small pieces of markup that appear many times on a page (times, status labels, filled sentences), as render
/// fragments rather than components: the same HTML, without a component's instance, state and diff per use. A
/// large site shows tens of thousands of them, and as components they were a fifth of the theme's rendering time.
/// Use them in markup as <c>@Inline.Instant(Page, at)</c>.
/// </summary>
public static class Inline
{
    /// <summary>
    /// An instant in the site's time zone with its machine-readable datetime; site.js may re-show it in the
    /// visitor's own zone (class "t"). Nothing when <paramref name="at"/> is null.
    /// </summary>
    public static RenderFragment Instant(PageContext page, DateTimeOffset? at) => builder =>
    {
        if (at is { } instant)
        {
            builder.OpenElement(0, "time");
            builder.AddAttribute(1, "class", "t");
            builder.AddAttribute(2, "datetime", SiteFormat.Machine(instant));
            builder.AddContent(3, page.F.DateTime(instant));
            builder.CloseElement();
        }
    };

    /// <summary>A duration in words ("2 h 5 min") with its ISO 8601 form.</summary>
    public static RenderFragment Length(PageContext page, TimeSpan span) => builder =>
    {
        builder.OpenElement(0, "time");
        builder.AddAttribute(1, "datetime", SiteFormat.Machine(span));
        builder.AddContent(2, page.F.Duration(span));
        builder.CloseElement();
    };

    /// <summary>A status as shape and words, coloured: never colour alone.</summary>
    public static RenderFragment Status(PageContext page, ComponentStatus status) => builder =>
    {
        var code = StatusIcons.Code(status);
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", $"st s-{code}");
        builder.OpenElement(2, "svg");
        builder.AddAttribute(3, "class", "i");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.OpenElement(5, "use");
        builder.AddAttribute(6, "href", $"#i-{code}");
        builder.CloseElement();
        builder.CloseElement();
        builder.AddContent(7, page.F.Status(status));
        builder.CloseElement();
    };

    /// <summary>A translated sentence with one placeholder "{0}" filled by markup: "Ongoing for {0}".</summary>
    public static RenderFragment Fill(string format, RenderFragment content) => builder =>
    {
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        builder.AddContent(0, at < 0 ? format : format[..at]);
        builder.AddContent(1, content);
        builder.AddContent(2, at < 0 ? "" : format[(at + 3)..]);
    };
}
