using System.Text;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>Reads a content file's bytes and decodes them as UTF-8, reporting files that are empty, binary or in another encoding.</summary>
internal static class ContentFileReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <returns>The decoded text without its BOM, or null after reporting why the file cannot be used.</returns>
    /// <param name="contentRoot">The content folder; the file must be a regular file whose real path lies inside it.</param>
    public static SourceText? Read(SourceFile file, string contentRoot, DiagnosticList diagnostics) =>
        Read(file, ContentFolder.Of(contentRoot), diagnostics);

    /// <inheritdoc cref="Read(SourceFile, string, DiagnosticList)"/>
    public static SourceText? Read(SourceFile file, ContentFolder contentRoot, DiagnosticList diagnostics)
    {
        return ReadBytes(file, contentRoot, diagnostics) is { } bytes ? Decode(file, bytes, diagnostics) : null;
    }

    /// <summary>The file's bytes after <see cref="MayRead"/>, or null after reporting why they cannot be read.</summary>
    public static byte[]? ReadBytes(SourceFile file, ContentFolder contentRoot, DiagnosticList diagnostics)
    {
        if (!MayRead(file, contentRoot, diagnostics))
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, file.At(1, 1), $"cannot read the file: {e.Message}", "check that it exists and is readable");
            return null;
        }
    }

    /// <summary>
    /// The checks before any byte is read: a regular file (a FIFO would block the build forever) inside the content
    /// folder (a link out could publish a secret), no larger than <see cref="ContentLimits.MaxFileBytes"/>.
    /// </summary>
    public static bool MayRead(SourceFile file, ContentFolder contentRoot, DiagnosticList diagnostics)
    {
        if (FileSafety.Check(file.FullPath, contentRoot, out var checkedLength) is { } problem)
        {
            diagnostics.Error(problem.Code, file.At(1, 1), problem.Message, problem.Fix);
            return false;
        }

        // The safety check's lstat usually told the size already; a second stat only when it did not.
        var length = checkedLength ?? new FileInfo(file.FullPath).Length;
        if (length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, file.At(1, 1), $"the file has {length} bytes; the limit is {ContentLimits.MaxFileBytes} (1 MiB)", "split it, or move long logs to a linked page");
            return false;
        }

        return true;
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

        var source = new SourceText(file, text);
        return TextHygiene.Check(source, diagnostics) ? source : null;
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
