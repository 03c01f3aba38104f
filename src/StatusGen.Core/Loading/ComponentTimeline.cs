using StatusGen.Diagnostics;
using StatusGen.Model;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Loading;

/// <summary>
/// Reads an incident's 'components' mapping: each component id maps to one status for the whole incident, or to a
/// timeline of 'timestamp: status' entries, each holding until the next entry or the incident's end.
/// </summary>
internal static class ComponentTimeline
{
    private static readonly string[] Single = ["degraded_performance", "partial_outage", "major_outage"];
    private static readonly string[] InTimeline = [.. Single, "operational"];

    public sealed record Result(IReadOnlyList<AffectedComponent> Components, IReadOnlyList<AffectedComponentSource> Sources);

    /// <param name="started">Null when 'started' is missing or invalid; timeline bounds are then not checked.</param>
    public static Result Read(YamlFields fields, DateTimeOffset? started, DateTimeOffset? resolved, SiteContext site)
    {
        var components = new List<AffectedComponent>();
        var sources = new List<AffectedComponentSource>();
        var node = fields.Node("components");
        if (node is null || node is YamlMappingNode { Children.Count: 0 })
        {
            fields.Source.Diagnostics.Error(DiagnosticCodes.NoAffectedComponents, node is null ? fields.Start : fields.ValueAt("components"), "the incident names no component", "add 'components:' and below it a line per component, like '  api: major_outage'");
            return new Result(components, sources);
        }

        if (node is not YamlMappingNode map)
        {
            fields.Source.Diagnostics.Error(DiagnosticCodes.WrongNodeType, fields.ValueAt("components"), $"'components' must map component ids to statuses, not be a {YamlSource.Shape(node)}", "write one line per component below it, like '  api: major_outage'");
            return new Result(components, sources);
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var source = fields.Source;
            var id = source.Scalar(keyNode, "a component id");
            if (id is null)
            {
                EmptyId(source, keyNode);
                continue;
            }

            if (site.ComponentIds is { } known && !known.Contains(id))
            {
                source.Diagnostics.Error(DiagnosticCodes.UnknownComponent, source.At(keyNode), $"unknown component '{id}'", DidYouMean.Fix(id, known));
            }

            var changes = value is YamlMappingNode timeline
                ? Timeline(id, timeline, source, started, resolved, site.TimeZone)
                : Status(source, value, id, Single) is { } status && started is { } at ? [(new StatusChange(at, status), source.At(value))] : [];
            if (changes.Count > 0)
            {
                components.Add(new AffectedComponent { ComponentId = id, Changes = [.. changes.Select(c => c.Change)] });
                sources.Add(new AffectedComponentSource(id, source.At(keyNode), [.. changes.Select(c => c.At)]));
            }
        }

        return new Result(components, sources);
    }

    /// <summary>An empty key ('""', '~') names no component; dropping it silently would publish the incident without it.</summary>
    public static void EmptyId(YamlSource source, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            source.Diagnostics.Error(DiagnosticCodes.EmptyComponentId, source.At(node), "the component id is empty", "write the id of a component from site.yml here");
        }
    }

    private static List<(StatusChange Change, SourcePosition At)> Timeline(
        string id, YamlMappingNode timeline, YamlSource source, DateTimeOffset? started, DateTimeOffset? resolved, TimeZoneInfo zone)
    {
        var changes = new List<(StatusChange, SourcePosition)>();
        if (timeline.Children.Count == 0)
        {
            source.Diagnostics.Error(DiagnosticCodes.WrongNodeType, source.At(timeline), $"the timeline of '{id}' is empty", $"write '{id}: major_outage', or timeline lines like '2026-11-10 09:15: major_outage'");
        }

        foreach (var (keyNode, value) in timeline.Children)
        {
            var at = TimestampField.Read(keyNode, source, zone, "a timeline time");
            var status = Status(source, value, id, InTimeline);
            if (at is not { } time || status is null)
            {
                continue;
            }

            var position = source.At(keyNode);
            if (started is { } start && time < start)
            {
                source.Diagnostics.Error(DiagnosticCodes.StatusChangeOutsideIncident, position, $"this status change of '{id}' is before the incident started ({Timestamps.Format(start, zone)})", "move it to or after 'started', or make 'started' earlier");
            }
            else if (resolved is { } end && time > end)
            {
                source.Diagnostics.Error(DiagnosticCodes.StatusChangeOutsideIncident, position, $"this status change of '{id}' is after the incident was resolved ({Timestamps.Format(end, zone)})", "move it to or before 'resolved', or make 'resolved' later");
            }

            changes.Add((new StatusChange(time, status.Value), position));
        }

        return [.. changes.OrderBy(c => c.Item1.At)];
    }

    private static ComponentStatus? Status(YamlSource source, YamlNode node, string id, string[] allowed)
    {
        if (node is YamlSequenceNode)
        {
            source.Diagnostics.Error(DiagnosticCodes.WrongNodeType, source.At(node), $"the status of '{id}' must be one status or a timeline, not a list", $"write '{id}: major_outage', or timeline lines like '2026-11-10 09:15: major_outage'");
            return null;
        }

        var text = source.Scalar(node, $"the status of '{id}'");
        if (text is null)
        {
            if (node is YamlScalarNode)
            {
                source.Diagnostics.Error(DiagnosticCodes.UnknownComponentStatus, source.At(node), $"component '{id}' has no status", $"use one of: {string.Join(", ", allowed)}");
            }

            return null;
        }

        if (allowed.Contains(text) && EnumNames.ComponentStatuses.TryGetValue(text, out var status))
        {
            return status;
        }

        var (message, fix) = EnumNames.ComponentStatuses.ContainsKey(text)
            ? ($"'{text}' cannot be a component's status for the whole incident", text == "operational"
                ? "'operational' only marks early recovery inside a timeline; use degraded_performance, partial_outage or major_outage"
                : "maintenance goes in maintenance/ files; use degraded_performance, partial_outage or major_outage")
            : ($"unknown component status '{text}'", DidYouMean.Fix(text, allowed));
        source.Diagnostics.Error(DiagnosticCodes.UnknownComponentStatus, source.At(node), message, fix);
        return null;
    }
}
