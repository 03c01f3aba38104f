using System.Text;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>Reads a content file's bytes and decodes them as UTF-8, reporting files that are empty, binary or in another encoding.</summary>
internal static class ContentFileReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <returns>The decoded text without its BOM, or null after reporting why the file cannot be used.</returns>
    public static SourceText? Read(SourceFile file, DiagnosticList diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, file.At(1, 1), $"cannot read the file: {e.Message}", "check that it exists and is readable");
            return null;
        }

        return Decode(file, bytes, diagnostics);
    }

    public static SourceText? Decode(SourceFile file, ReadOnlySpan<byte> bytes, DiagnosticList diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, file.At(1, 1), "the file is UTF-16, not UTF-8", "save it as UTF-8 in your editor");
            return null;
        }

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            diagnostics.Error(DiagnosticCodes.BinaryFile, file.At(1, 1), $"the file contains a NUL byte (at byte {nul}) and looks binary", "content files must be UTF-8 text; remove the file or restore its text");
            return null;
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        if (FirstInvalidUtf8(bytes) is { } invalid)
        {
            var (line, column) = LineAndColumn(bytes[..invalid]);
            diagnostics.Error(DiagnosticCodes.NotUtf8, file.At(line, column), $"byte 0x{bytes[invalid]:X2} is not valid UTF-8", "save the file as UTF-8 in your editor");
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, file.At(1, 1), "the file is empty", "write its content, or delete the file");
            return null;
        }

        return new SourceText(file, text);
    }

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        // Vectorized check for the common case; the rune-by-rune walk below only runs to find where a bad file goes wrong.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed))
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    /// <summary>Line and column of the end of a valid UTF-8 prefix, counted as <see cref="SourceText"/> counts them.</summary>
    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> validPrefix)
    {
        var end = new SourceText(new SourceFile("", ""), Encoding.UTF8.GetString(validPrefix)).PositionAt(int.MaxValue);
        return (end.Line, end.Column);
    }
}
