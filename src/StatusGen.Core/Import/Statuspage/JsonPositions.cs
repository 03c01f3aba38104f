using System.Text;
using System.Text.Json;
using StatusGen.Diagnostics;

namespace StatusGen.Import.Statuspage;

/// <summary>
/// Where each object and value of a JSON file starts, by its path ("incidents[3].incident_updates[0]"), so that
/// every warning about an export points at the entry it is about. Read once per file with the same reader options
/// the deserializer uses; a file the reader rejects has no positions (the deserializer reports it).
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, SourcePosition> byPath = new(StringComparer.Ordinal);
    private readonly SourcePosition start;

    private JsonPositions(string display) => start = SourcePosition.StartOf(display);

    /// <summary>The start of the entry at <paramref name="path"/>, else of its nearest enclosing entry, else of the file.</summary>
    public SourcePosition At(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (byPath.TryGetValue(p, out var at))
            {
                return at;
            }
        }

        return start;
    }

    public static JsonPositions Read(byte[] utf8, string display)
    {
        var positions = new JsonPositions(display);
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        var stack = new Stack<(string Path, int Index)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.Pop();
                    continue;
                }

                var path = "";
                if (stack.Count > 0)
                {
                    var (parent, index) = stack.Pop();
                    path = index >= 0 ? $"{parent}[{index}]" : parent.Length == 0 ? property ?? "" : $"{parent}.{property}";
                    stack.Push((parent, index >= 0 ? index + 1 : index));
                }

                positions.byPath.TryAdd(path, Position(display, lineStarts, utf8, (int)reader.TokenStartIndex));
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    stack.Push((path, -1));
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    stack.Push((path, 0));
                }
            }
        }
        catch (JsonException)
        {
            // The deserializer reads the same bytes and reports where they go wrong.
        }

        return positions;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }

    private static List<int> LineStarts(byte[] utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static SourcePosition Position(string display, List<int> lineStarts, byte[] utf8, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(utf8, lineStarts[line], offset - lineStarts[line]) + 1;
        return new SourcePosition(display, line + 1, column);
    }
}
