using System.Net;
using System.Text;

namespace StatusGen.Notify.Channels;

/// <summary>The HTML part of a notification email: inline styles only, since mail clients drop style sheets.</summary>
internal static class EmailHtml
{
    public static string Render(NotifyMessage message)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(message.Language)).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(message.Subject)).Append("</title></head>\n<body style=\"font-family:sans-serif;line-height:1.5;color:#111\">\n");
        html.Append("<h1 style=\"font-size:1.25em;border-left:4px solid ").Append(message.Color).Append(";padding-left:8px\">").Append(E(message.Headline)).Append("</h1>\n");
        html.Append("<p style=\"color:#555\">").Append(E(message.Status is null ? message.Time : $"{message.Status} · {message.Time}")).Append("</p>\n");
        html.Append(message.Html).Append('\n');
        html.Append("<table>\n");
        foreach (var (label, value) in message.Facts)
        {
            html.Append("<tr><th style=\"text-align:left;padding-right:1em\">").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");
        }

        html.Append("</table>\n<p><a href=\"").Append(E(message.Url.AbsoluteUri)).Append("\">").Append(E(message.UrlLabel)).Append("</a></p>\n");
        html.Append("<p style=\"color:#777;font-size:0.85em\">").Append(E(message.Footer)).Append("</p>\n</body></html>\n");
        return html.ToString();
    }
}
