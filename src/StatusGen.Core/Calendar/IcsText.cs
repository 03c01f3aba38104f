using System.Text;

namespace StatusGen.Calendar;

/// <summary>
/// iCalendar content lines (RFC 5545 §3.1): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// sequence, continuation lines starting with one space; TEXT values escaped (§3.3.11).
/// </summary>
internal sealed partial class IcsText
{
    private const int MaxOctets = 75;
    private readonly StringBuilder text = new();

    public IcsText Line(string name, string value)
    {
        Fold($"{name}:{value}");
        return this;
    }

    /// <summary>A TEXT property: backslash, semicolon, comma and newlines escaped.</summary>
    public IcsText Text(string name, string value) => Line(name, Escape(value));

    /// <remarks>
    /// RFC 5545 TEXT may not hold controls other than tab, DEL included. The loader never lets them through; dropping
    /// any that still arrive keeps this writer from producing a calendar that clients reject.
    /// </remarks>
    public static string Escape(string value) =>
        Controls().Replace(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal), "");

    [System.Text.RegularExpressions.GeneratedRegex(@"[\u0000-\u0008\u000A-\u001F\u007F]")]
    private static partial System.Text.RegularExpressions.Regex Controls();

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(text.ToString());

    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            // A surrogate pair is one code point: never fold between its halves.
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                // The leading space of a continuation line counts towards its 75 octets.
                octets = 1;
            }

            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        text.Append("\r\n");
    }
}
