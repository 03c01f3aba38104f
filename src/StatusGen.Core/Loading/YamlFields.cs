using System.Globalization;
using StatusGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Loading;

/// <summary>Where a YAML block came from and where its diagnostics go.</summary>
internal sealed record YamlSource(TextRegion Region, DiagnosticList Diagnostics)
{
    public SourcePosition At(YamlNode node) => Region.At(node.Start);

    /// <summary>The node's text when it is a scalar; plain empty, '~' and 'null' count as absent. Reports any other shape.</summary>
    public string? Scalar(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar)
        {
            Diagnostics.Error(DiagnosticCodes.WrongNodeType, At(node), $"{what} must be a single value, not a {Shape(node)}", "write it on one line after the colon");
            return null;
        }

        var value = scalar.Value ?? "";
        return scalar.Style == ScalarStyle.Plain && value is "" or "~" or "null" ? null : value.Trim();
    }

    public static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };
}

/// <summary>
/// Typed reads of one YAML mapping: every read reports one diagnostic for a bad field and returns null,
/// so a loader reads every field and reports every problem in one run. Unknown keys are reported on creation.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> entries = new(StringComparer.Ordinal);

    private YamlFields(YamlSource source, SourcePosition start, string what)
    {
        Source = source;
        Start = start;
        What = what;
    }

    public YamlSource Source { get; }

    /// <summary>Where the mapping starts; missing keys are reported here.</summary>
    public SourcePosition Start { get; }

    /// <summary>How messages name this mapping, e.g. "the front matter", "component 3".</summary>
    public string What { get; }

    /// <param name="node">Null reads as an empty mapping (an empty front matter block).</param>
    public static YamlFields? Of(YamlNode? node, YamlSource source, SourcePosition fallback, string what, IReadOnlyCollection<string> keys)
    {
        if (node is not null and not YamlMappingNode)
        {
            source.Diagnostics.Error(DiagnosticCodes.WrongNodeType, source.At(node), $"{what} must be a mapping of 'key: value' lines, not a {YamlSource.Shape(node)}", $"write keys such as '{keys.First()}: ...'");
            return null;
        }

        var fields = new YamlFields(source, node is null ? fallback : source.At(node), what);
        foreach (var pair in (node as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (pair.Key is not YamlScalarNode { Value: { } key })
            {
                source.Diagnostics.Error(DiagnosticCodes.WrongNodeType, source.At(pair.Key), $"a key in {what} must be a plain name", $"use one of: {string.Join(", ", keys)}");
            }
            else if (!keys.Contains(key))
            {
                source.Diagnostics.Error(DiagnosticCodes.UnknownKey, source.At(pair.Key), $"unknown key '{key}' in {what}", DidYouMean.Fix(key, keys));
            }
            else
            {
                fields.entries[key] = pair;
            }
        }

        return fields;
    }

    public YamlNode? Node(string key) => entries.TryGetValue(key, out var pair) ? pair.Value : null;

    public SourcePosition? KeyAt(string key) => entries.TryGetValue(key, out var pair) ? Source.At(pair.Key) : null;

    public SourcePosition ValueAt(string key) => entries.TryGetValue(key, out var pair) ? Source.At(pair.Value) : Start;

    public void ReportMissing(string key, string example) =>
        Source.Diagnostics.Error(DiagnosticCodes.MissingKey, Start, $"{What} has no '{key}'", $"add a line '{key}: {example}'");

    /// <param name="example">When given, the key is required and a missing or empty value is reported with this example.</param>
    public string? Text(string key, string? example = null)
    {
        var value = Node(key) is { } node ? Source.Scalar(node, $"'{key}'") : null;
        if (value is null && example is not null && Node(key) is null or YamlScalarNode)
        {
            ReportMissing(key, example);
        }

        return value;
    }

    public int? Int(string key, int min, int max)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Report(DiagnosticCodes.InvalidNumber, key, $"'{key}' must be a whole number from {min} to {max}, not '{text}'", $"write for example '{key}: {Math.Clamp(60, min, max)}'");
        return null;
    }

    public double? Number(string key, double min, double max)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Report(DiagnosticCodes.InvalidNumber, key, $"'{key}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'", "write a decimal number with a '.', e.g. 0.3");
        return null;
    }

    public bool? Bool(string key)
    {
        switch (Text(key))
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case var text:
                Report(DiagnosticCodes.InvalidBoolean, key, $"'{key}' must be true or false, not '{text}'", $"write '{key}: true' or '{key}: false'");
                return null;
        }
    }

    /// <summary>An absolute URL with one of the given schemes.</summary>
    public Uri? Url(string key, string example, params string[] schemes)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme))
        {
            return uri;
        }

        Report(DiagnosticCodes.InvalidUrl, key, $"'{key}' must be an absolute {string.Join(" or ", schemes)} URL, not '{text}'", $"write it like '{example}'");
        return null;
    }

    public YamlSequenceNode? List(string key, string example)
    {
        var node = Node(key);
        if (node is null or YamlSequenceNode)
        {
            return node as YamlSequenceNode;
        }

        Source.Diagnostics.Error(DiagnosticCodes.WrongNodeType, Source.At(node), $"'{key}' must be a list (lines starting with '- '), not a {YamlSource.Shape(node)}", $"write it like: {example}");
        return null;
    }

    /// <summary>A nested mapping such as 'uptime:'; null when absent or not a mapping (reported).</summary>
    public YamlFields? Section(string key, params string[] keys) =>
        Node(key) is { } node ? Of(node, Source, ValueAt(key), $"'{key}'", keys) : null;

    public void Report(DiagnosticCode code, string key, string message, string fix) =>
        Source.Diagnostics.Error(code, ValueAt(key), message, fix);
}
