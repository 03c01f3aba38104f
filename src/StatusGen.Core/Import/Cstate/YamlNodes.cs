using System.Globalization;
using StatusGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Import.Cstate;

/// <summary>Reads values out of a parsed YAML document, with keys matched as Hugo matches them (ignoring case).</summary>
internal static class YamlNodes
{
    public static YamlNode? Get(YamlMappingNode? map, string key) =>
        map?.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } v } && !IsNull(node) ? v : null;

    public static bool? Bool(YamlNode? node) => Text(node)?.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    /// <summary>Hugo dates: offset-less values are UTC (cState asks for UTC in front matter).</summary>
    public static DateTimeOffset? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    public static IReadOnlyList<YamlNode> Items(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children],
        YamlScalarNode scalar when !IsNull(scalar) && scalar.Value!.Length > 0 => [scalar],
        _ => [],
    };

    /// <summary>A node's place in the file, given the 1-based line the YAML text starts on.</summary>
    public static SourcePosition At(YamlNode node, string displayPath, int firstLine) =>
        At(node.Start, displayPath, firstLine);

    public static SourcePosition At(Mark mark, string displayPath, int firstLine) =>
        new(displayPath, firstLine + (int)mark.Line - 1, (int)mark.Column);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted), Value: null or "" or "~" or "null" };
}
