using StatusGen.Diagnostics;
using StatusGen.Markdown;
using StatusGen.Model;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Loading;

/// <summary>Reads one maintenance file: front matter, summary and '## timestamp Status' updates.</summary>
internal static class MaintenanceLoader
{
    private static readonly string[] Keys = ["title", "scheduled", "until", "components", "aliases"];

    /// <returns>The maintenance, or null when the file has errors (all of them reported).</returns>
    public static Maintenance? Load(SourceText text, string slug, SiteContext site, DiagnosticList diagnostics) =>
        IsolatedFile.Read(diagnostics, local => Read(text, slug, site, local));

    private static Maintenance? Read(SourceText text, string slug, SiteContext site, DiagnosticList diagnostics)
    {
        var frontMatter = FrontMatter.Split(text, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }

        var zone = site.TimeZone;
        var fields = frontMatter.ReadFields(Keys, diagnostics);
        var title = fields?.Text("title", "Database upgrade");
        var scheduled = fields is null ? null : TimestampField.Read(fields, "scheduled", zone, "2026-11-20 22:00");
        var until = fields is null ? null : TimestampField.Read(fields, "until", zone, "2026-11-21 02:00");
        if (scheduled is { } from && until is { } to && to <= from)
        {
            fields!.Report(DiagnosticCodes.UntilBeforeScheduled, "until", $"'until' ({Timestamps.Format(to, zone)}) is not after 'scheduled' ({Timestamps.Format(from, zone)})", "check both times; 'until' is when the window ends");
        }

        var components = fields is null ? null : Components(fields, site);
        var aliases = fields is null ? null : AliasField.Read(fields);
        var body = UpdateSections.Parse(frontMatter.Body, zone, EnumNames.MaintenanceUpdateStatuses, DiagnosticCodes.UnknownMaintenanceStatus, diagnostics);
        if (fields is null || title is null || scheduled is null || until is null || components is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new Maintenance
        {
            Slug = slug,
            Source = text.File,
            Title = title,
            Scheduled = scheduled.Value,
            Until = until.Value,
            ComponentIds = [.. components.Select(c => c.Id)],
            Summary = MarkdownRenderer.Default.Render(body.Summary),
            Aliases = aliases ?? [],
            Updates = [.. body.Updates
                .OrderByDescending(u => u.At)
                .Select(u => new MaintenanceUpdate { At = u.At, Status = u.Status, Body = MarkdownRenderer.Default.Render(u.Markdown), Position = u.Position })],
            SourceMap = new MaintenanceSourceMap
            {
                FrontMatter = frontMatter.Opening,
                Title = fields.ValueAt("title"),
                Scheduled = fields.ValueAt("scheduled"),
                Until = fields.ValueAt("until"),
                Components = [.. components.Select(c => c.At)],
                Body = frontMatter.Body.At(0),
            },
        };
    }

    private static List<(string Id, SourcePosition At)>? Components(YamlFields fields, SiteContext site)
    {
        var list = fields.List("components", "'  - api' lines below 'components:'");
        if (list is null || list.Children.Count == 0)
        {
            if (fields.Node("components") is null or YamlSequenceNode)
            {
                fields.Source.Diagnostics.Error(DiagnosticCodes.MaintenanceWithoutComponents, fields.Node("components") is null ? fields.Start : fields.ValueAt("components"), "the maintenance names no component", "add 'components:' and below it a line per component, like '  - api'");
            }

            return null;
        }

        var ids = new List<(string, SourcePosition)>();
        foreach (var item in list.Children)
        {
            var at = fields.Source.At(item);
            var id = fields.Source.Scalar(item, "a component id");
            if (id is null)
            {
                ComponentTimeline.EmptyId(fields.Source, item);
                continue;
            }

            if (site.ComponentIds is { } known && !known.Contains(id))
            {
                fields.Source.Diagnostics.Error(DiagnosticCodes.UnknownComponent, at, $"unknown component '{id}'", DidYouMean.Fix(id, known));
            }
            else if (ids.Exists(i => i.Item1 == id))
            {
                fields.Source.Diagnostics.Error(DiagnosticCodes.DuplicateKey, at, $"component '{id}' is listed twice", "remove one of the lines");
            }

            ids.Add((id, at));
        }

        return ids;
    }
}
