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

    public static IReadOnlyList<YamlNode> Items(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children],
        YamlScalarNode scalar when !IsNull(scalar) && scalar.Value!.Length > 0 => [scalar],
        _ => [],
    };

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted), Value: null or "" or "~" or "null" };
}
