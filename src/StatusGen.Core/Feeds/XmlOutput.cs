using System.Text;
using System.Xml;

namespace StatusGen.Feeds;

/// <summary>The one XmlWriter setup for every XML output: UTF-8 without BOM, two-space indent, "\n" line ends.</summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,

        // The loader keeps characters XML cannot carry out of the model (SG0015). Should one still arrive, the
        // writer writes a character reference instead of throwing, so one bad string cannot take down a build.
        CheckCharacters = false,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
