using System.Text.Encodings.Web;
using System.Text.Json;

namespace StatusGen.Feeds;

/// <summary>The one JSON writer setup: two-space indent, "\n" line ends, non-ASCII letters kept as they are.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // These files are served as application/json, never inlined into HTML, so "ü" and "&" stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
