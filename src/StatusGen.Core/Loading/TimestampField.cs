using StatusGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Loading;

/// <summary>Reads timestamps out of YAML, reporting parse errors at the value.</summary>
internal static class TimestampField
{
    /// <param name="example">When given, the key is required.</param>
    public static DateTimeOffset? Read(YamlFields fields, string key, TimeZoneInfo zone, string? example = null)
    {
        var text = fields.Text(key, example);
        return text is null ? null : Read(text, fields.ValueAt(key), zone, fields.Source.Diagnostics);
    }

    public static DateTimeOffset? Read(YamlNode node, YamlSource source, TimeZoneInfo zone, string what) =>
        source.Scalar(node, what) is { } text ? Read(text, source.At(node), zone, source.Diagnostics) : null;

    private static DateTimeOffset? Read(string text, SourcePosition at, TimeZoneInfo zone, DiagnosticList diagnostics)
    {
        var value = Timestamps.Parse(text, zone, out var error);
        if (error is not null)
        {
            diagnostics.Error(error.Code, at, error.Message, error.Fix);
        }

        return value;
    }
}
