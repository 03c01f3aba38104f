using System.Globalization;
using System.Text;
using StatusGen.Model;

namespace StatusGen.Benchmarks.Synthetic;

/// <summary>
/// Writes the synthetic site as a cState site (a Hugo site using the cState theme): config.yml with one system per
/// component and one category per group, and content/issues/ with one issue per incident and maintenance window, in
/// the form cState documents and <c>statusgen import cstate</c> reads back (severity from the impact, affected systems
/// by name, each update as "*Status* - text" ending in a track shortcode, newest first). Both tools then build the same
/// incidents. The theme itself is not written: Hugo is pointed at a cState checkout with --themesDir.
/// </summary>
internal static class CstateSiteWriter
{
    public static void Write(SiteContent content, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var issues = Path.Combine(folder, "content", "issues");
        Directory.CreateDirectory(issues);
        var names = content.Site.Components.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(folder, "config.yml"), Config(content.Site));
        foreach (var incident in content.Incidents)
        {
            var updates = incident.Updates.Select(u => (u.At, Label(u.Status.Name()), u.Body.Markdown));
            File.WriteAllText(Path.Combine(issues, incident.Slug + ".md"), Issue(
                incident.Title, incident.Started, incident.Resolved, Severity(incident.Impact), [.. incident.Components.Select(c => names[c.ComponentId])],
                maintenance: false, incident.Summary.Markdown, updates));
        }

        foreach (var maintenance in content.Maintenances)
        {
            var updates = maintenance.Updates.Select(u => (u.At, Label(u.Status.Name()), u.Body.Markdown));
            File.WriteAllText(Path.Combine(issues, maintenance.Slug + ".md"), Issue(
                maintenance.Title, maintenance.Scheduled, maintenance.Until, "notice", [.. maintenance.ComponentIds.Select(id => names[id])],
                maintenance: true, maintenance.Summary.Markdown, updates));
        }
    }

    /// <summary>The settings of cState's exampleSite/config.yml that change what is built; the rest are its defaults.</summary>
    private static string Config(SiteConfig site)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"title: {site.Title}")
            .AppendLine("buildFuture: true")
            .AppendLine(CultureInfo.InvariantCulture, $"languageCode: {site.Language}")
            .AppendLine(CultureInfo.InvariantCulture, $"defaultContentLanguage: {site.Language}")
            .AppendLine(CultureInfo.InvariantCulture, $"baseURL: {site.BaseUrl}")
            .AppendLine("enableGitInfo: false")
            .AppendLine("theme: cstate")
            .AppendLine("preserveTaxonomyNames: true")
            .AppendLine("taxonomies:\n  affected: affected")
            .AppendLine("outputs:\n  page: [html, json]\n  section: [html, json, rss]\n  home: [html, json, rss, svg]\n  term: [html, json, rss, svg]")
            .AppendLine("outputFormats:\n  svg:\n    isPlainText: true\n    mediaType: image/svg+xml")
            .AppendLine("params:")
            .AppendLine("  enableUptimeHistogram: true")
            .AppendLine("  dateFormat: January 2, 2006 at 3:04 PM")
            .AppendLine("  shortDateFormat: 15:04 — Jan 2")
            .AppendLine("  useRelativeTime: true")
            .AppendLine("  enableLastMod: true")
            .AppendLine("  incidentHistoryFormat: yearly")
            .AppendLine("  incidentPostsPerPage: 5")
            .AppendLine("  brand: \"#0a0c0f\"\n  ok: \"#008000\"\n  disrupted: \"#cc4400\"\n  down: \"#e60000\"\n  notice: \"#24478f\"")
            .AppendLine("  categories:");
        foreach (var group in site.Components.Select(c => c.Group).Distinct(StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    - name: {group}");
        }

        text.AppendLine("  systems:");
        foreach (var component in site.Components)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    - name: {component.Name}")
                .AppendLine(CultureInfo.InvariantCulture, $"      description: {component.Description}")
                .AppendLine(CultureInfo.InvariantCulture, $"      category: {component.Group}");
        }

        return text.ToString();
    }

    private static string Issue(
        string title, DateTimeOffset start, DateTimeOffset? end, string severity, IReadOnlyList<string> affected, bool maintenance,
        string summary, IEnumerable<(DateTimeOffset At, string Label, string Markdown)> updates)
    {
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"title: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"date: {Time(start)}")
            .AppendLine(CultureInfo.InvariantCulture, $"resolved: {(end is null ? "false" : "true")}");
        if (end is { } resolved)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"resolvedWhen: {Time(resolved)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"severity: {severity}")
            .AppendLine(CultureInfo.InvariantCulture, $"affected: [{string.Join(", ", affected.Select(a => $"\"{a}\""))}]");
        if (maintenance)
        {
            text.AppendLine("informational: true").AppendLine("tags: [maintenance]");
        }

        text.AppendLine("section: issue").AppendLine("---").AppendLine();
        if (summary.Length > 0)
        {
            text.AppendLine(summary).AppendLine();
        }

        foreach (var (at, label, markdown) in updates.OrderByDescending(u => u.At))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"*{label}* - {markdown.TrimEnd()} {{{{< track \"{Time(at)}\" >}}}}").AppendLine();
        }

        return text.ToString();
    }

    private static string Severity(Impact impact) => impact switch
    {
        Impact.Critical or Impact.Major => "down",
        Impact.Minor => "disrupted",
        _ => "notice",
    };

    /// <summary>"in_progress" -> "In progress".</summary>
    private static string Label(string status) =>
        string.Concat(char.ToUpperInvariant(status[0]).ToString(), status[1..].Replace('_', ' '));

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
