using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Loading;

/// <summary>The optional sections of site.yml: links, uptime, theme, feeds and lint. Each absent key keeps the model's default.</summary>
internal static partial class SiteSections
{
    public sealed record Values(SiteLinks Links, UptimeSettings Uptime, ThemeSettings Theme, FeedSettings Feeds, LintSettings Lint);

    public static Values Read(YamlFields site, string contentRoot, TimeZoneInfo zone) => new(
        Links(site.Section("links", "support", "contact")),
        Uptime(site.Section("uptime", "partialOutageWeight", "countMaintenance", "windowDays")),
        Theme(site.Section("theme", "logo", "accentColor", "extraCss", "headerLinks", "footer", "path"), contentRoot),
        new FeedSettings { MaxEntries = site.Section("feeds", "maxEntries")?.Int("maxEntries", 1, 10_000) ?? new FeedSettings().MaxEntries },
        Lint(site.Section("lint", "updateCadenceMinutes", "firstUpdateMinutes", "postmortemDays", "since"), zone));

    private static SiteLinks Links(YamlFields? fields) => fields is null ? new() : new()
    {
        Support = fields.Url("support", "https://example.com/support", "https", "http"),
        Contact = fields.Url("contact", "mailto:support@example.com", "https", "http", "mailto"),
    };

    private static UptimeSettings Uptime(YamlFields? fields)
    {
        var defaults = new UptimeSettings();
        return fields is null ? defaults : new()
        {
            PartialOutageWeight = fields.Number("partialOutageWeight", 0, 1) ?? defaults.PartialOutageWeight,
            CountMaintenance = fields.Bool("countMaintenance") ?? defaults.CountMaintenance,
            WindowDays = fields.Int("windowDays", 1, 3650) ?? defaults.WindowDays,
        };
    }

    private static LintSettings Lint(YamlFields? fields, TimeZoneInfo zone)
    {
        var defaults = new LintSettings();
        return fields is null ? defaults : new()
        {
            UpdateCadence = fields.Int("updateCadenceMinutes", 1, 10_080) is { } cadence ? TimeSpan.FromMinutes(cadence) : defaults.UpdateCadence,
            FirstUpdateWithin = fields.Int("firstUpdateMinutes", 1, 1440) is { } first ? TimeSpan.FromMinutes(first) : defaults.FirstUpdateWithin,
            PostmortemWithin = fields.Int("postmortemDays", 1, 365) is { } days ? TimeSpan.FromDays(days) : defaults.PostmortemWithin,
            Since = fields.Node("since") is null ? null : TimestampField.Read(fields, "since", zone),
        };
    }

    private static ThemeSettings Theme(YamlFields? fields, string contentRoot)
    {
        if (fields is null)
        {
            return new();
        }

        var accent = fields.Text("accentColor");
        if (accent is not null && !Color().IsMatch(accent))
        {
            fields.Report(DiagnosticCodes.InvalidColor, "accentColor", $"'accentColor' must be a hex colour like '#0b5fff', not '{accent}'", "write '#' and 3 or 6 hex digits, quoted: accentColor: \"#0b5fff\"");
            accent = null;
        }

        return new()
        {
            Logo = Asset(fields, "logo", contentRoot),
            AccentColor = accent,
            ExtraCss = Asset(fields, "extraCss", contentRoot),
            HeaderLinks = HeaderLinks(fields),
            Footer = fields.Text("footer"),
            Path = ThemeFolder.Read(fields, contentRoot),
        };
    }

    private static string? Asset(YamlFields fields, string key, string contentRoot)
    {
        var path = fields.Text(key);
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(contentRoot, path));
        if (Path.IsPathRooted(path) || path.Split('/', '\\').Contains("..") || !File.Exists(full))
        {
            fields.Report(DiagnosticCodes.MissingAsset, key, $"'{key}' names '{path}', which is not a file inside the content folder", "give a path relative to the folder holding site.yml, e.g. 'assets/logo.svg'");
            return null;
        }

        // The theme reads this file while rendering: the same rules as for content files keep that read from blocking
        // or publishing a file from outside the folder (a symlink to /proc/self/environ would leak the CI's secrets).
        if (FileSafety.Check(full, contentRoot) is { } problem)
        {
            fields.Report(problem.Code, key, $"'{key}' names '{path}': {problem.Message}", problem.Fix);
            return null;
        }

        if (new FileInfo(full).Length > ContentLimits.MaxFileBytes)
        {
            fields.Report(DiagnosticCodes.FileTooLarge, key, $"'{key}' names '{path}', which is larger than {ContentLimits.MaxFileBytes} bytes (1 MiB)", "use a smaller file");
            return null;
        }

        return path.Replace('\\', '/');
    }

    private static List<SiteLink> HeaderLinks(YamlFields fields)
    {
        var links = new List<SiteLink>();
        var list = fields.List("headerLinks", "'- label: Support' then '  url: https://example.com/support'");
        foreach (var (item, index) in (list?.Children ?? []).Select((n, i) => (n, i + 1)))
        {
            var link = YamlFields.Of(item, fields.Source, fields.Source.At(item), $"header link {index}", ["label", "url"]);
            var label = link?.Text("label", "Support");
            var url = link?.Url("url", "https://example.com/support", "https", "http", "mailto");
            if (link is not null && link.Node("url") is null)
            {
                link.ReportMissing("url", "https://example.com/support");
            }

            if (label is not null && url is not null)
            {
                links.Add(new SiteLink(label, url));
            }
        }

        return links;
    }

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex Color();
}
