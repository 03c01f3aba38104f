using System.Globalization;

namespace StatusGen.Editing;

/// <summary>How the editor writes an instant: the readable local form, unless that form would be ambiguous.</summary>
internal static class ContentTimestamp
{
    /// <summary>
    /// "2026-11-10 09:15" in the site's time zone (seconds are dropped); in the hour a clock change repeats, the
    /// offset form "2026-10-25T02:30:00+01:00", because the local form could mean two instants there.
    /// </summary>
    public static string Format(DateTimeOffset at, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(at, timeZone);
        return timeZone.IsAmbiguousTime(local.DateTime)
            ? local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the two forms the content format allows; null for anything else.</summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo timeZone)
    {
        var trimmed = text.Trim().Trim('"', '\'');
        if (DateTime.TryParseExact(trimmed, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return timeZone.IsInvalidTime(local) ? null : new DateTimeOffset(local, timeZone.GetUtcOffset(local));
        }

        return trimmed.Contains('T') && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
            ? exact
            : null;
    }
}
