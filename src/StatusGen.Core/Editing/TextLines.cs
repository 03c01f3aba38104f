namespace StatusGen.Editing;

/// <summary>
/// A file as lines that keep their own line endings, so that untouched lines come back byte for byte.
/// New lines take the file's dominant line ending.
/// </summary>
internal sealed class TextLines
{
    private readonly List<string> lines;

    private TextLines(string bom, List<string> lines, string newline)
    {
        Bom = bom;
        this.lines = lines;
        Newline = newline;
    }

    public string Bom { get; }

    /// <summary>"\r\n" when most line breaks are CRLF, else "\n".</summary>
    public string Newline { get; }

    public int Count => lines.Count;

    /// <summary>The line with its ending.</summary>
    public string this[int index] => lines[index];

    public static TextLines Parse(string text)
    {
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var rest = text[bom.Length..];
        var result = new List<string>();
        var start = 0;
        var crlf = 0;
        var lf = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] != '\n')
            {
                continue;
            }

            if (i > 0 && rest[i - 1] == '\r')
            {
                crlf++;
            }
            else
            {
                lf++;
            }

            result.Add(rest[start..(i + 1)]);
            start = i + 1;
        }

        if (start < rest.Length)
        {
            result.Add(rest[start..]);
        }

        return new TextLines(bom, result, crlf > lf ? "\r\n" : "\n");
    }

    /// <summary>The line without its ending.</summary>
    public string Content(int index) => lines[index].TrimEnd('\r', '\n');

    public static int Indent(string content) => content.Length - content.TrimStart(' ').Length;

    public static bool IsBlankOrComment(string content)
    {
        var trimmed = content.Trim();
        return trimmed.Length == 0 || trimmed.StartsWith('#');
    }

    /// <summary>Replaces a line's content and keeps its ending.</summary>
    public void Replace(int index, string content) => lines[index] = content + Ending(index);

    /// <summary>Inserts whole lines (each given without ending) before <paramref name="index"/>.</summary>
    public void Insert(int index, IEnumerable<string> contents)
    {
        EnsureEndsWithNewline(index - 1);
        lines.InsertRange(index, contents.Select(c => c + Newline));
    }

    public void Append(IEnumerable<string> contents) => Insert(lines.Count, contents);

    public override string ToString() => Bom + string.Concat(lines);

    private string Ending(int index) => lines[index][lines[index].TrimEnd('\r', '\n').Length..];

    private void EnsureEndsWithNewline(int index)
    {
        if (index >= 0 && index < lines.Count && Ending(index).Length == 0)
        {
            lines[index] += Newline;
        }
    }
}
