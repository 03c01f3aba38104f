using System.Globalization;
using System.Text.RegularExpressions;

namespace StatusGen.Import.Cstate;

/// <summary>
/// Dates as Hugo reads cState's front matter and track shortcodes: YAML timestamps (one- or two-digit month, day,
/// hour, minute and second, 'T', 't' or spaces between date and time, optional fraction, 'Z' or an offset such as
/// "+01:00", "+0100" or "+1"), a bare date, and the other layouts Go's time parsing offers Hugo (RFC 1123, "02 Jan
/// 2006"...). Values without an offset are in the site's Hugo <c>timeZone</c> (UTC unless config.yml sets one).
/// </summary>
internal static partial class HugoDates
{
    public static DateTimeOffset? Parse(string? text, TimeZoneInfo zone)
    {
        if (text is null)
        {
            return null;
        }

        text = text.Trim();
        if (YamlTimestamp().Match(text) is { Success: true } m)
        {
            return FromParts(m, zone);
        }

        // Go's named layouts (RFC 1123, RFC 822, "02 Jan 2006"...): all month-name forms that .NET reads the same way.
        if (!MonthName().IsMatch(text))
        {
            return null;
        }

        return ZoneAbbreviation().Match(text) is { Success: true } abbreviation
            ? WithAbbreviation(text[..abbreviation.Index], abbreviation.Groups["abbr"].Value, zone)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var named) ? named : null;
    }

    /// <summary>
    /// Go reads a zone abbreviation ("MST" in its layouts) with the offset it has in the location Hugo parses in, UTC
    /// and GMT as UTC, and one it does not know with offset zero. .NET has no abbreviation tables, so any other
    /// abbreviation is taken as the site zone's own (CET/CEST on a Berlin site), which is zero on a UTC site as in Go.
    /// </summary>
    private static DateTimeOffset? WithAbbreviation(string text, string abbreviation, TimeZoneInfo zone)
    {
        if (!DateTime.TryParse(text.TrimEnd(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || local.Kind != DateTimeKind.Unspecified)
        {
            return null;
        }

        var offset = abbreviation is "UTC" or "GMT" or "UT" ? TimeSpan.Zero : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static DateTimeOffset? FromParts(Match m, TimeZoneInfo zone)
    {
        int Part(string name) => m.Groups[name].Success ? int.Parse(m.Groups[name].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var (year, month, day, hour, minute, second) = (Part("y"), Part("mo"), Part("d"), Part("h"), Part("mi"), Part("s"));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return null;
        }

        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        var offset = m.Groups["sign"].Success || m.Groups["z"].Success || zone == TimeZoneInfo.Utc ? TimeSpan.Zero : zone.GetUtcOffset(local);
        if (m.Groups["oh"].Success)
        {
            var hours = Part("oh");
            var minutes = Part("om");
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            offset = new TimeSpan(hours, minutes, 0) * (m.Groups["sign"].Value == "-" ? -1 : 1);
        }

        var utc = local - offset;
        return utc < DateTime.MinValue.AddDays(1) || utc > DateTime.MaxValue.AddDays(-1) ? null : new DateTimeOffset(local, offset);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:(?:[Tt]|[ \t]+)(?<h>\d{1,2}):(?<mi>\d{1,2})(?::(?<s>\d{1,2})(?:\.(?<f>\d{1,9}))?)?)?(?:[ \t]*(?:(?<z>[Zz])|(?<sign>[+-])(?<oh>\d{1,2})(?::?(?<om>\d{2}))?))?(?:[ \t]+[A-Z]{3,5})?$")]
    private static partial Regex YamlTimestamp();

    [GeneratedRegex(@"[ \t]+(?<abbr>[A-Z]{2,5})$")]
    private static partial Regex ZoneAbbreviation();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")]
    private static partial Regex MonthName();
}
