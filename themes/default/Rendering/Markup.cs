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

    public static IHtmlContent Instant(SiteFormat format, DateTimeOffset at) => new Writer(output =>
    {
        output.Write("<time class=\"t\" datetime=\"");
        Encoder.Encode(output, SiteFormat.Machine(at));
        output.Write("\">");
        Encoder.Encode(output, format.DateTime(at));
        output.Write("</time>");
    });

    public static IHtmlContent Length(SiteFormat format, TimeSpan span) => new Writer(output =>
    {
        output.Write("<time datetime=\"");
        Encoder.Encode(output, SiteFormat.Machine(span));
        output.Write("\">");
        Encoder.Encode(output, format.Duration(span));
        output.Write("</time>");
    });

    public static IHtmlContent Status(SiteFormat format, ComponentStatus status) => new Writer(output =>
    {
        var code = StatusIcons.Code(status);
        output.Write("<span class=\"st s-");
        output.Write(code);
        output.Write("\"><svg class=\"i\" aria-hidden=\"true\"><use href=\"#i-");
        output.Write(code);
        output.Write("\"></use></svg>");
        Encoder.Encode(output, format.Status(status));
        output.Write("</span>");
    });

    public static IHtmlContent Fill(string format, IHtmlContent content) => new Writer(output =>
    {
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        Encoder.Encode(output, at < 0 ? format : format[..at]);
        content.WriteTo(output, Encoder);
        if (at >= 0)
        {
            Encoder.Encode(output, format[(at + 3)..]);
        }
    });

    /// <summary>Markup written by a delegate; the encoder RazorLight passes in is ignored in favour of <see cref="Encoder"/>.</summary>
    private sealed class Writer(Action<TextWriter> write) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => write(writer);
    }
}
