using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using StatusGen.Model;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Loading;

/// <summary>What the incident and maintenance loaders need from site.yml, even when site.yml has errors.</summary>
/// <param name="Config">Null when site.yml has errors.</param>
/// <param name="TimeZone">The site's zone; UTC when site.yml names none or an unknown one (that error is already reported).</param>
/// <param name="ComponentIds">Null when the components could not be read, so that files are not flooded with "unknown component" errors.</param>
/// <param name="ZoneKnown">False when site.yml gave no usable time zone and <paramref name="TimeZone"/> is only UTC in its place.</param>
internal sealed record SiteContext(SiteConfig? Config, TimeZoneInfo TimeZone, IReadOnlyList<string>? ComponentIds, bool ZoneKnown = true);

/// <summary>Reads site.yml into a <see cref="SiteConfig"/>.</summary>
internal static partial class SiteConfigLoader
{
    private static readonly string[] Keys = ["title", "description", "baseUrl", "language", "timezone", "components", "links", "uptime", "theme", "feeds", "lint", Notify.NotifyConfigReader.Key];
    private static readonly string[] ComponentKeys = ["id", "name", "group", "description", "since"];

    // Listing the system's zones reads every zone file: done once, and only when a name is unknown.
    private static readonly Lazy<string[]> IanaZoneIds = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Append("UTC").Distinct()]);

    public static SiteContext Load(SourceText text, string contentRoot, IReadOnlyCollection<string> languages, DiagnosticList diagnostics)
    {
        var local = new DiagnosticList();
        var region = text.Region(0, text.Text.Length);
        var source = new YamlSource(region, local);
        var root = YamlText.Parse(region, local);
        var fields = local.HasErrors ? null : YamlFields.Of(root, source, text.Start, "site.yml", Keys);
        if (fields is null)
        {
            diagnostics.AddRange(local.ToImmutable());
            return new SiteContext(null, TimeZoneInfo.Utc, null, ZoneKnown: false);
        }

        var title = fields.Text("title", "Example Status");
        var description = fields.Text("description") ?? "";
        var baseUrl = BaseUrl(fields);
        var language = Language(fields, languages);
        var zone = Zone(fields);
        var components = Components(fields);
        var sections = SiteSections.Read(fields, contentRoot, zone ?? TimeZoneInfo.Utc);
        var notify = Notify.NotifyConfigReader.Read(fields, components?.Select(c => c.Id).ToList());
        diagnostics.AddRange(local.ToImmutable());

        var config = local.HasErrors || title is null || baseUrl is null || language is null || zone is null || components is null
            ? null
            : new SiteConfig
            {
                Title = title,
                Description = description,
                BaseUrl = baseUrl,
                Language = language,
                TimeZone = zone,
                Components = components,
                Links = sections.Links,
                Uptime = sections.Uptime,
                Theme = sections.Theme,
                Feeds = sections.Feeds,
                Lint = sections.Lint,
                Notify = notify,
            };
        return new SiteContext(config, zone ?? TimeZoneInfo.Utc, components?.Select(c => c.Id).ToList(), ZoneKnown: zone is not null);
    }

    private static Uri? BaseUrl(YamlFields fields)
    {
        var text = fields.Text("baseUrl", "https://status.example.com/");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var withUser) && withUser.Scheme is "http" or "https" && withUser.UserInfo.Length > 0)
        {
            // Published in every page, feed and API file: a password here would be public.
            fields.Report(DiagnosticCodes.BaseUrlWithCredentials, "baseUrl", "'baseUrl' contains a user name or password, which would be published on every page", "remove the 'user:password@' part; protect a preview site with your host's access control instead");
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0)
        {
            return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        fields.Report(DiagnosticCodes.InvalidBaseUrl, "baseUrl", $"'baseUrl' must be an absolute http(s) URL without query, not '{text}'", "write it like 'https://status.example.com/'");
        return null;
    }

    private static string? Language(YamlFields fields, IReadOnlyCollection<string> languages)
    {
        var text = fields.Text("language", languages.FirstOrDefault() ?? "en");
        if (text is null || languages.Contains(text))
        {
            return text;
        }

        fields.Report(DiagnosticCodes.UnsupportedLanguage, "language", $"language '{text}' is not supported by the theme", DidYouMean.Fix(text, languages));
        return null;
    }

    private static TimeZoneInfo? Zone(YamlFields fields)
    {
        var text = fields.Text("timezone", "Europe/Berlin");
        if (text is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) && zone.HasIanaId)
        {
            return zone;
        }

        var suggestion = DidYouMean.Find(text, IanaZoneIds.Value);
        fields.Report(DiagnosticCodes.UnknownTimeZone, "timezone", $"unknown time zone '{text}'", suggestion is null ? "use an IANA name such as 'Europe/Berlin', 'America/New_York' or 'UTC'" : $"did you mean '{suggestion}'?");
        return null;
    }

    private static List<Component>? Components(YamlFields fields)
    {
        var list = fields.List("components", "'- id: api' then '  name: API' on the next line");
        if (list is null)
        {
            if (fields.Node("components") is null)
            {
                fields.ReportMissing("components", "then '- id: api' and '  name: API' below");
            }

            return null;
        }

        if (list.Children.Count == 0)
        {
            fields.Report(DiagnosticCodes.NoComponents, "components", "'components' is empty", "list at least one component: '- id: api' and '  name: API'");
            return null;
        }

        var components = new List<Component>();
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var complete = true;
        foreach (var (item, index) in list.Children.Select((n, i) => (n, i + 1)))
        {
            var component = Component(item, index, fields.Source, seen);
            complete &= component is not null;
            if (component is not null)
            {
                components.Add(component);
            }
        }

        return complete ? components : null;
    }

    private static Component? Component(YamlNode item, int index, YamlSource source, Dictionary<string, SourcePosition> seen)
    {
        var fields = YamlFields.Of(item, source, source.At(item), $"component {index}", ComponentKeys);
        if (fields is null)
        {
            return null;
        }

        var errors = source.Diagnostics.Count;
        var id = fields.Text("id", "api");
        var name = fields.Text("name", "API");
        if (id is not null && !ComponentId().IsMatch(id))
        {
            fields.Report(DiagnosticCodes.InvalidComponentId, "id", $"component id '{id}' is not a lower-case slug", $"use letters a-z, digits and '-', e.g. '{Slug.From(id, "component")}'");
            id = null;
        }
        else if (id == Badges.BadgeGenerator.OverallName)
        {
            // badges/status.svg is the overall badge; a component with this id would need the same file.
            fields.Report(DiagnosticCodes.ReservedComponentId, "id", $"component id '{id}' is reserved for the overall status badge", $"choose another id, e.g. '{id}-page'");
            id = null;
        }
        else if (id is not null && seen.TryGetValue(id, out var first))
        {
            fields.Report(DiagnosticCodes.DuplicateComponentId, "id", $"component id '{id}' is used twice", $"it is first used at line {first.Line}; give each component its own id");
            id = null;
        }
        else if (id is not null)
        {
            seen[id] = fields.ValueAt("id");
        }

        var sinceText = fields.Text("since");
        var since = sinceText is null ? null : Timestamps.ParseDate(sinceText);
        if (sinceText is not null && since is null)
        {
            fields.Report(DiagnosticCodes.InvalidDate, "since", $"'since' must be a date written YYYY-MM-DD, not '{sinceText}'", "write it like 'since: 2026-01-31'");
        }
        else if (since is { } date && !SupportedTime.Contains(date))
        {
            var error = Timestamps.OutOfRange(sinceText!);
            fields.Report(error.Code, "since", error.Message, error.Fix);
        }

        return id is null || name is null || source.Diagnostics.Count != errors
            ? null
            : new Component { Id = id, Name = name, Group = fields.Text("group"), Description = fields.Text("description") ?? "", Since = since };
    }

    [GeneratedRegex("^[a-z0-9]+([-_][a-z0-9]+)*$")]
    private static partial Regex ComponentId();
}
