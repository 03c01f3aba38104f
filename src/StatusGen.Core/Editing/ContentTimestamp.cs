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
}
