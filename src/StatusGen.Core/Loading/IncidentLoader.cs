using StatusGen.Diagnostics;
using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Loading;

/// <summary>Reads one incident file: front matter, summary and '## timestamp Status' updates.</summary>
internal static class IncidentLoader
{
    private static readonly string[] Keys = ["title", "started", "resolved", "impact", "components", "aliases"];

    /// <returns>The incident, or null when the file has errors (all of them reported).</returns>
    public static Incident? Load(SourceText text, string slug, SiteContext site, DiagnosticList diagnostics) =>
        IsolatedFile.Read(diagnostics, local => Read(text, slug, site, local));

    private static Incident? Read(SourceText text, string slug, SiteContext site, DiagnosticList diagnostics)
    {
        var frontMatter = FrontMatter.Split(text, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }

        var zone = site.TimeZone;
        var fields = frontMatter.ReadFields(Keys, diagnostics);
        var title = fields?.Text("title", "Elevated error rates on the API");
        var started = fields is null ? null : TimestampField.Read(fields, "started", zone, "2026-11-10 09:15");
        var resolved = fields is null ? null : TimestampField.Read(fields, "resolved", zone);
        if (started is { } s && resolved is { } r && r < s)
        {
            fields!.Report(DiagnosticCodes.ResolvedBeforeStarted, "resolved", $"'resolved' ({Timestamps.Format(r, zone)}) is before 'started' ({Timestamps.Format(s, zone)})", "check both times and their time zones");
            resolved = null;
        }

        var impact = fields is null ? null : Impact(fields);
        var components = fields is null ? null : ComponentTimeline.Read(fields, started, resolved, site);
        var aliases = fields is null ? null : AliasField.Read(fields);
        var body = UpdateSections.Parse(frontMatter.Body, zone, EnumNames.IncidentUpdateStatuses, DiagnosticCodes.UnknownUpdateStatus, diagnostics);
        foreach (var update in body.Updates)
        {
            if (started is { } start && update.At < start)
            {
                diagnostics.Error(DiagnosticCodes.UpdateBeforeStart, update.TimestampPosition, $"this update is before the incident started ({Timestamps.Format(start, zone)})", "correct the update's time, or make 'started' earlier");
            }
            else if (resolved is { } end && update.At > end && update.Status != IncidentUpdateStatus.Postmortem)
            {
                diagnostics.Error(DiagnosticCodes.UpdateAfterEnd, update.TimestampPosition, $"this {update.Status.Name()} update is after the incident was resolved ({Timestamps.Format(end, zone)})", "make 'resolved' the time of the last update; only a Postmortem may come later");
            }
        }

        if (fields is null || title is null || started is null || components is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new Incident
        {
            Slug = slug,
            Source = text.File,
            Title = title,
            Started = started.Value,
            Resolved = resolved,
            Impact = impact ?? DeriveImpact(components.Components),
            ImpactDerived = impact is null,
            Components = components.Components,
            Summary = MarkdownRenderer.Default.Render(body.Summary),
            Aliases = aliases ?? [],
            Updates = [.. body.Updates
                .OrderByDescending(u => u.At)
                .Select(u => new IncidentUpdate { At = u.At, Status = u.Status, Body = MarkdownRenderer.Default.Render(u.Markdown), Position = u.Position })],
            SourceMap = new IncidentSourceMap
            {
                FrontMatter = frontMatter.Opening,
                Title = fields.ValueAt("title"),
                Started = fields.ValueAt("started"),
                Resolved = fields.Node("resolved") is null ? null : fields.ValueAt("resolved"),
                Impact = fields.Node("impact") is null ? null : fields.ValueAt("impact"),
                Components = components.Sources,
                Body = frontMatter.Body.At(0),
            },
        };
    }

    private static Impact? Impact(YamlFields fields)
    {
        var text = fields.Text("impact");
        if (text is null)
        {
            return null;
        }

        if (EnumNames.Impacts.TryGetValue(text, out var impact))
        {
            return impact;
        }

        fields.Report(DiagnosticCodes.UnknownImpact, "impact", $"unknown impact '{text}'", DidYouMean.Fix(text, EnumNames.Impacts.Keys));
        return null;
    }

    /// <summary>degraded_performance -> minor, partial_outage -> major, major_outage -> critical, by the worst status reached.</summary>
    public static Impact DeriveImpact(IEnumerable<AffectedComponent> components) =>
        Impacts.Of(components.Select(c => c.WorstStatus).DefaultIfEmpty(ComponentStatus.Operational).Max());
}
