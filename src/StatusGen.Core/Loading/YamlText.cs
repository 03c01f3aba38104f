using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Loading;

/// <summary>Parses a YAML region into YamlDotNet's representation model, turning every failure into a diagnostic.</summary>
internal static partial class YamlText
{
    /// <returns>The root node; null when the region holds no document (only comments or blanks) or could not be parsed.</returns>
    public static YamlNode? Parse(TextRegion region, DiagnosticList diagnostics)
    {
        var parser = new TrackingParser(new Parser(new StringReader(region.Content)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException e) when (e.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateKey, region.At(e.Start), $"the key '{e.Message["Duplicate key ".Length..]}' appears twice", "keep one of them");
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, region.At(e.Start), Describe(e.Message), "fix the YAML here; quote values that contain ': ' or start with a special character");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for a few malformed inputs (for example an unclosed flow sequence); the last event it read is the best position.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, region.At(parser.LastGood), "the YAML cannot be parsed after this point", "check brackets, quotes and indentation here");
        }

        return null;
    }

    private static string Describe(string message)
    {
        var text = PositionPrefix().Replace(message, "").Trim().TrimEnd('.');
        return text.Length == 0 ? "the YAML cannot be parsed here" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();

    /// <summary>Remembers where the last successfully read event ended.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastGood { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                LastGood = current.Start;
            }

            return moved;
        }
    }
}
