using System.Globalization;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>
/// The one check, at the loader boundary, that keeps characters out of the model that no output format can carry:
/// XML 1.0 forbids C0 controls and U+FFFE/U+FFFF, iCalendar forbids controls including DEL, and U+2028/U+2029 end
/// lines in JavaScript and in YAML. Writers still escape defensively, but after this check they never need to.
/// It also enforces the line-length limit, so every later stage works on lines of bounded size.
/// </summary>
internal static class TextHygiene
{
    /// <summary>More reports for one file would only repeat the same fix.</summary>
    private const int MaxReports = 10;

    /// <returns>True when the text is clean; otherwise every problem (up to a few) is reported at its line and column.</returns>
    public static bool Check(SourceText text, DiagnosticList diagnostics)
    {
        var reports = 0;
        var span = text.Text.AsSpan();
        var lineStart = 0;
        for (var i = 0; i < span.Length && reports < MaxReports; i++)
        {
            // Printable ASCII is always publishable and never ends a line: skip runs of it at vector speed.
            var run = span[i..].IndexOfAnyExceptInRange(' ', '~');
            if (run < 0)
            {
                break;
            }

            i += run;
            var c = span[i];
            if (c is '\n' or '\r')
            {
                reports += LineLength(text, lineStart, i, diagnostics);
                lineStart = i + 1;
                continue;
            }

            if (Describe(span, i) is { } what)
            {
                diagnostics.Error(DiagnosticCodes.UnpublishableCharacter, text.PositionAt(i), $"the character U+{CodePointAt(span, i):X4} ({what}) cannot be published", "delete it or replace it with a space; invisible characters usually come from pasted terminal output or documents");
                reports++;
            }

            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
        }

        if (reports < MaxReports)
        {
            reports += LineLength(text, lineStart, span.Length, diagnostics);
        }

        return reports == 0;
    }

    /// <summary>Why the character at <paramref name="i"/> cannot be published, or null when it can.</summary>
    public static string? Describe(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n' or '\r')
        {
            return null;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? Noncharacter(char.ConvertToUtf32(c, text[i + 1])) : "a lone surrogate";
        }

        return c switch
        {
            < ' ' or '\u007F' => "a control character",
            >= '\u0080' and <= '\u009F' => "a C1 control character",
            '\u2028' or '\u2029' => "a Unicode line or paragraph separator",
            _ when char.IsLowSurrogate(c) => "a lone surrogate",
            _ => Noncharacter(c),
        };
    }

    /// <summary>The 66 noncharacters: U+FDD0..U+FDEF and the last two code points of every plane.</summary>
    private static string? Noncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE ? "a Unicode noncharacter" : null;

    /// <summary>The code point at <paramref name="i"/>, or a lone surrogate's own value.</summary>
    private static int CodePointAt(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];

    private static int LineLength(SourceText text, int start, int end, DiagnosticList diagnostics)
    {
        if (end - start <= ContentLimits.MaxLineLength)
        {
            return 0;
        }

        diagnostics.Error(DiagnosticCodes.LineTooLong, text.PositionAt(start + ContentLimits.MaxLineLength), $"this line is {(end - start).ToString(CultureInfo.InvariantCulture)} characters long; the limit is {ContentLimits.MaxLineLength.ToString(CultureInfo.InvariantCulture)}", "break it into several lines");
        return 1;
    }
}
