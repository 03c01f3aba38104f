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
        catch (UnsupportedYamlException e)
        {
            diagnostics.Error(e.Code, region.At(e.Start), e.Message, e.Fix);
        }
        catch (YamlException e) when (TabIndentation(region, e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? int.MaxValue : e.Start.Line + 1) is { } tab)
        {
            // YamlDotNet reports a tab used as indentation at a later token, often on another line.
            diagnostics.Error(DiagnosticCodes.YamlTabIndentation, region.At(tab), "a tab is used for indentation; YAML indents with spaces only", "replace the tab with spaces");
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

    /// <summary>The offset of the first tab in the indentation of a line up to <paramref name="lastLine"/> (1-based), if any.</summary>
    private static int? TabIndentation(TextRegion region, long lastLine)
    {
        var text = region.Content;
        var offset = 0;
        for (var line = 1; line <= lastLine && offset < text.Length; line++)
        {
            var end = text.IndexOf('\n', offset) is var e and >= 0 ? e : text.Length;
            var indentEnd = offset;
            while (indentEnd < end && text[indentEnd] is ' ' or '\t')
            {
                indentEnd++;
            }

            var tab = text.IndexOf('\t', offset, indentEnd - offset);
            if (tab >= 0 && indentEnd < end && text[indentEnd] is not ('#' or '\r'))
            {
                return tab;
            }

            offset = end + 1;
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

    /// <summary>A construct the content format does not allow, found while reading events; reported at its position.</summary>
    private sealed class UnsupportedYamlException(DiagnosticCode code, Mark start, string message, string fix) : Exception(message)
    {
        public DiagnosticCode Code { get; } = code;

        public Mark Start { get; } = start;

        public string Fix { get; } = fix;
    }

    /// <summary>
    /// Remembers where the last successfully read event ended, and stops at constructs the loader must never build:
    /// nesting deeper than <see cref="ContentLimits.MaxYamlDepth"/> (YamlDotNet builds its model recursively, so
    /// 75,000 '[' overflow the stack) and aliases (a '*name' value is the anchored node itself, so any error in it
    /// would point at the anchor; and aliases can multiply a small file into a huge tree).
    /// </summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private int depth;

        public Mark LastGood { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (moved ? inner.Current : null)
            {
                case AnchorAlias alias:
                    throw new UnsupportedYamlException(DiagnosticCodes.YamlAlias, alias.Start, $"the alias '*{alias.Value}' is not supported in content files", "write the value out in full here");
                case SequenceStart or MappingStart when ++depth > ContentLimits.MaxYamlDepth:
                    throw new UnsupportedYamlException(DiagnosticCodes.YamlTooDeep, inner.Current!.Start, $"the YAML is nested more than {ContentLimits.MaxYamlDepth} levels deep here", "flatten the lists and mappings; content files need only a few levels");
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }

            if (moved && inner.Current is { } current)
            {
                LastGood = current.Start;
            }

            return moved;
        }
    }
}
