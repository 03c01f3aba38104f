using System.Net;
using System.Text;
using StatusGen.Diagnostics;

namespace StatusGen.Cli.Serving;

/// <summary>What the preview server adds to HTML it serves: the live-reload script and, after a failed build, the error overlay.</summary>
internal static class PreviewPages
{
    public const string EventsPath = "/__statusgen/events";

    public const string OverlayId = "statusgen-errors";

    /// <summary>Adds the overlay after &lt;body&gt; and the script before &lt;/body&gt; (or at the end when the page has neither).</summary>
    public static string Decorate(string html, PreviewBuild build)
    {
        var script = Script(build.Version);
        var bodyEnd = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = bodyEnd < 0 ? html + script : html.Insert(bodyEnd, script);
        if (!build.Failed)
        {
            return html;
        }

        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var afterBody = bodyStart < 0 ? -1 : html.IndexOf('>', bodyStart);
        return afterBody < 0 ? Overlay(build) + html : html.Insert(afterBody + 1, Overlay(build));
    }

    /// <summary>The whole page while no build has succeeded yet.</summary>
    public static string ErrorPage(PreviewBuild build) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>statusgen: content errors</title></head><body>{Overlay(build)}{Script(build.Version)}</body></html>\n";

    private static string Overlay(PreviewBuild build)
    {
        var text = new StringBuilder()
            .Append($"<div id=\"{OverlayId}\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1em 1.25em;background:#1d1d1f;color:#f5f5f7;font:14px/1.5 ui-monospace,monospace;border-bottom:4px solid #e5484d\">")
            .Append("<p style=\"margin:0 0 .5em;font-weight:bold\">statusgen: the content has errors")
            .Append(build.HasGoodBuild ? "; this is the last good build." : "; nothing could be built yet.")
            .Append("</p><ul style=\"margin:0;padding-left:1.25em\">");
        foreach (var diagnostic in build.Errors)
        {
            text.Append("<li>").Append(WebUtility.HtmlEncode(diagnostic.ToString())).Append("</li>");
        }

        return text.Append("</ul></div>").ToString();
    }

    // Reconnects by itself when the server restarts; '?v=' lets the server reload a page that missed a build.
    private static string Script(int version) =>
        $"<script>/* statusgen serve: live reload, added by the preview server only */(function(){{var s=new EventSource('{EventsPath}?v={version}');s.addEventListener('reload',function(){{s.close();location.reload();}});}})();</script>";
}
