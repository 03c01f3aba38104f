using System.Text;
using StatusGen.Api;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Localization;
using StatusGen.Model;

namespace StatusGen.Widget;

/// <summary>
/// widget/index.html, a small page meant for an iframe that shows the current status (in the banner's words) with no JavaScript needed
/// (the status is baked in at build time; widget.js refreshes it when scripts run), its stylesheet and widget.js.
/// Hosting headers allow framing for /widget/* only (docs/hosting.md).
/// </summary>
public sealed class WidgetGenerator : IOutputGenerator
{
    public string Name => "widget";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var site = snapshot.Site;
        // The state comes from the one resolver, like the banner's and api/v2/status.json's (which widget.js reads).
        var overall = snapshot.Status.Overall;
        var indicator = snapshot.Status.Indicator;
        var key = overall == ComponentStatus.UnderMaintenance ? "maintenance" : indicator.Name();
        var words = SiteText.For(site.Language);
        var text = words.Banner[overall];

        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"").Append(site.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(FeedEntries.Encode(site.Title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(InFolder(Routes.WidgetCss)).Append("\">\n</head>\n<body>\n")
            .Append("<a class=\"sg-widget sg-").Append(key).Append("\" href=\"").Append(FeedEntries.Encode(site.BaseUrl.AbsoluteUri))
            .Append("\" target=\"_blank\" rel=\"noopener\" data-statusgen-widget data-indicator=\"").Append(indicator.Name()).Append("\">")
            .Append("<span class=\"sg-dot\" aria-hidden=\"true\"></span><span>").Append(FeedEntries.Encode(text)).Append("</span></a>\n")
            .Append("<script src=\"").Append(InFolder(Routes.WidgetScript)).Append("\" defer></script>\n</body>\n</html>\n");
        yield return OutputFile.Text(Route.File(Routes.Widget.Path()), html.ToString(), Routes.Widget.MediaType);
        yield return OutputFile.Text(Routes.WidgetCss.Path(), Css, Routes.WidgetCss.MediaType);
        var labels = Enum.GetValues<ComponentStatus>().ToDictionary(StatuspageValues.Description, s => words.Banner[s]);
        yield return OutputFile.Text(Routes.WidgetScript.Path(), WidgetScript.Source(labels), Routes.WidgetScript.MediaType);
    }

    /// <summary>A widget file's name relative to the widget page ("widget.css").</summary>
    private static string InFolder(Route route) => route.Path()[Routes.Widget.Path().Length..];

    private const string Css = """
        :root { color-scheme: light dark; }
        body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: transparent; }
        .sg-widget { display: inline-flex; align-items: center; padding: 0.4em 0.8em; color: #1a1a1a; text-decoration: none; }
        .sg-widget:hover, .sg-widget:focus { text-decoration: underline; }
        .sg-dot { display: inline-block; width: 0.6em; height: 0.6em; border-radius: 50%; margin-right: 0.4em; background: #c62828; }
        .sg-none .sg-dot { background: #2e7d32; }
        .sg-maintenance .sg-dot { background: #1565c0; }
        .sg-minor .sg-dot { background: #8a5a00; }
        .sg-major .sg-dot { background: #b23c00; }
        @media (prefers-color-scheme: dark) { .sg-widget { color: #f0f0f0; } }

        """;
}
