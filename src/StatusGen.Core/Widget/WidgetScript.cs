using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StatusGen.Building;

namespace StatusGen.Widget;

/// <summary>
/// widget.js: embeds the current status in any page and keeps it fresh. It reads api/v2/status.json relative to its
/// own URL, so it works wherever the site is hosted. It only sets textContent and element.style (allowed under a
/// strict CSP on the embedding page, unlike inline style attributes or innerHTML). Its words are the site's banner
/// words from the language file, keyed by the API's (always English) description.
/// </summary>
internal static class WidgetScript
{
    /// <param name="labels">The site's words per api/v2/status.json description.</param>
    public static string Source(IReadOnlyDictionary<string, string> labels) =>
        Template
            .Replace("/*LABELS*/{}", JsonSerializer.Serialize(labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToDictionary(), Options), StringComparison.Ordinal)
            .Replace("/*API*/", Routes.Relative(Routes.Widget.Path(), Routes.ApiStatus.Path()), StringComparison.Ordinal)
            .Replace("/*HOME*/", Routes.Relative(Routes.Widget.Path(), Routes.Home.Path()), StringComparison.Ordinal);

    // Non-ASCII letters stay readable in the file (and it stays small); the script is served as UTF-8.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private const string Template = """
        /* StatusGen status widget. Usage: <script src="https://STATUS-SITE/widget/widget.js" async></script>
           Optional: put <a data-statusgen-widget></a> where the status should appear. */
        (function () {
          "use strict";
          var script = document.currentScript;
          if (!script || !window.fetch) { return; }
          var api = new URL("/*API*/", script.src);
          var home = new URL("/*HOME*/", script.src).href;
          var colors = { none: "#2e7d32", minor: "#8a5a00", major: "#b23c00", critical: "#c62828", maintenance: "#1565c0" };
          var labels = /*LABELS*/{};
          var targets = document.querySelectorAll("[data-statusgen-widget]");
          if (targets.length === 0) {
            var link = document.createElement("a");
            link.setAttribute("data-statusgen-widget", "");
            link.href = home;
            link.target = "_blank";
            link.rel = "noopener";
            script.parentNode.insertBefore(link, script.nextSibling);
            targets = [link];
          }

          function render(status) {
            var text = labels[status.description] || status.description;
            var key = status.description === "Service Under Maintenance" ? "maintenance" : status.indicator;
            for (var i = 0; i < targets.length; i++) {
              var target = targets[i];
              var dot = document.createElement("span");
              dot.setAttribute("aria-hidden", "true");
              dot.style.display = "inline-block";
              dot.style.width = dot.style.height = "0.6em";
              dot.style.borderRadius = "50%";
              dot.style.marginRight = "0.4em";
              dot.style.background = colors[key] || colors.major;
              var label = document.createElement("span");
              label.textContent = text;
              target.textContent = "";
              target.appendChild(dot);
              target.appendChild(label);
              target.setAttribute("data-indicator", status.indicator);
            }
          }

          function load() {
            fetch(api.href, { cache: "no-cache" })
              .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
              .then(function (data) { render(data.status); })
              .catch(function () { /* keep the last known status; the next refresh tries again */ });
          }

          load();
          setInterval(load, 60000);
        })();

        """;
}
