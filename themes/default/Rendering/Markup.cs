using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using StatusGen.Model;
using StatusGen.Themes.Default.Assets;
using StatusGen.Themes.Default.Formatting;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The small pieces of markup that appear many times on a page (times, status labels, filled sentences), written
/// straight to the template's output instead of as partials: a large site shows tens of thousands of them, and a
/// partial per use costs a page instance and a buffer each.
/// </summary>
internal static class Markup
{
    /// <summary>
    /// The one encoder of the theme: escapes what HTML needs escaped and nothing more, so "Störung" stays literal
    /// (the default encoder writes every non-ASCII letter as a character reference).
    /// </summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Instant(SiteFormat format, DateTimeOffset at) =>
        new TimeMarkup("<time class=\"t\" datetime=\"", SiteFormat.Machine(at), format.DateTime(at));

    public static IHtmlContent Length(SiteFormat format, TimeSpan span) =>
        new TimeMarkup("<time datetime=\"", SiteFormat.Machine(span), format.Duration(span));

    public static IHtmlContent Status(SiteFormat format, ComponentStatus status) => new StatusMarkup(format, status);

    public static IHtmlContent Fill(string format, IHtmlContent content) => new FillMarkup(format, content);

    // One small object per use, not a delegate, its closure and a wrapper: a large site writes tens of thousands of
    // these. The encoder RazorLight passes in is ignored in favour of Encoder.

    /// <summary>An instant or a duration: the machine-readable value in the attribute, the site's wording as text.</summary>
    private sealed class TimeMarkup(string opening, string machine, string shown) : IHtmlContent
    {
        public void WriteTo(TextWriter output, HtmlEncoder encoder)
        {
            output.Write(opening);
            Encoder.Encode(output, machine);
            output.Write("\">");
            Encoder.Encode(output, shown);
            output.Write("</time>");
        }
    }

    private sealed class StatusMarkup(SiteFormat format, ComponentStatus status) : IHtmlContent
    {
        public void WriteTo(TextWriter output, HtmlEncoder encoder)
        {
            var code = StatusIcons.Code(status);
            output.Write("<span class=\"st s-");
            output.Write(code);
            output.Write("\"><svg class=\"i\" aria-hidden=\"true\"><use href=\"#i-");
            output.Write(code);
            output.Write("\"></use></svg>");
            Encoder.Encode(output, format.Status(status));
            output.Write("</span>");
        }
    }

    private sealed class FillMarkup(string format, IHtmlContent content) : IHtmlContent
    {
        public void WriteTo(TextWriter output, HtmlEncoder encoder)
        {
            var at = format.IndexOf("{0}", StringComparison.Ordinal);
            Encoder.Encode(output, format, 0, at < 0 ? format.Length : at);
            content.WriteTo(output, Encoder);
            if (at >= 0)
            {
                Encoder.Encode(output, format, at + 3, format.Length - at - 3);
            }
        }
    }
}
