using System.Globalization;
using System.Text;
using StatusGen.Feeds;

namespace StatusGen.Badges;

/// <summary>A flat two-part badge ("label | message") as SVG with an accessible name (role="img", aria-label, title).</summary>
internal static class BadgeSvg
{
    private const string LabelFill = "#444";

    public static byte[] Render(string label, BadgeStyle style)
    {
        var labelWidth = TextWidth(label) + 12;
        var messageWidth = TextWidth(style.Message) + 12;
        var width = labelWidth + messageWidth;
        var name = FeedEntries.Encode($"{label}: {style.Message}");
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"20\" viewBox=\"0 0 {width} 20\" role=\"img\" aria-label=\"{name}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{name}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{labelWidth}\" height=\"20\" fill=\"{LabelFill}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" width=\"{messageWidth}\" height=\"20\" fill=\"{style.Fill}\"/>\n");
        svg.Append("<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth / 2.0:0.#}\" y=\"14\">{FeedEntries.Encode(label)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + (messageWidth / 2.0):0.#}\" y=\"14\">{FeedEntries.Encode(style.Message)}</text>\n");
        svg.Append("</g>\n</svg>\n");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }

    /// <summary>An estimate of Verdana 11px advance widths: enough to size the box, no font files needed.</summary>
    internal static int TextWidth(string text)
    {
        double width = 0;
        foreach (var c in text)
        {
            width += c switch
            {
                'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 3.5,
                ' ' or 'f' or 't' or 'r' => 4.5,
                'm' or 'w' or 'M' or 'W' => 10.5,
                >= 'A' and <= 'Z' => 7.8,
                _ => 7,
            };
        }

        return (int)Math.Ceiling(width);
    }
}
