using StatusGen.Diagnostics;
using YamlDotNet.Core;

namespace StatusGen.Loading;

/// <summary>
/// The decoded text of one content file (without a BOM) and its line map. This is the one place that turns
/// offsets into the 1-based line and column of the whole file; the YAML block and the Markdown body are
/// <see cref="TextRegion"/>s of it, so their positions never need arithmetic of their own.
/// </summary>
/// <remarks>Line breaks are "\n", "\r\n" and a lone "\r" (as YamlDotNet and Markdig count them); a column counts UTF-16 characters, so a tab is one column.</remarks>
internal sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(SourceFile file, string text)
    {
        File = file;
        Text = text;
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        var i = span.IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            if (span[i] == '\n' || i + 1 == span.Length || span[i + 1] != '\n')
            {
                starts.Add(i + 1);
            }

            var next = span[(i + 1)..].IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        lineStarts = [.. starts];
    }

    public SourceFile File { get; }

    public string Text { get; }

    public int LineCount => lineStarts.Length;

    public SourcePosition Start => File.At(1, 1);

    /// <summary>The position of a 0-based character offset in <see cref="Text"/>; offsets past the end map to the end.</summary>
    public SourcePosition PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return File.At(line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>0-based offset of the first character of a 0-based line.</summary>
    public int LineStart(int line) => lineStarts[line];

    /// <summary>The text of a 0-based line without its line break.</summary>
    public string LineText(int line)
    {
        var start = lineStarts[line];
        var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    public TextRegion Region(int start, int end) => new(this, start, end - start);
}

/// <summary>A contiguous part of a <see cref="SourceText"/> handed to a parser (the front matter's YAML, the Markdown body).</summary>
/// <param name="Start">0-based offset of the region's first character in the whole file.</param>
internal readonly record struct TextRegion(SourceText Source, int Start, int Length)
{
    public string Content => Source.Text.Substring(Start, Length);

    /// <summary>A Markdig span start (0-based, relative to the region) or any offset into <see cref="Content"/>.</summary>
    public SourcePosition At(int offsetInRegion) => Source.PositionAt(Start + offsetInRegion);

    /// <summary>A YamlDotNet mark (its 0-based character index within the region's text).</summary>
    public SourcePosition At(Mark mark) => Source.PositionAt(Start + (int)Math.Min(mark.Index, Length));
}
