using System.Globalization;
using StatusGen.Localization;
using StatusGen.Model;

namespace StatusGen.Feeds;

/// <summary>How feeds and the calendar write a time; their words come from the site's language file (<see cref="SiteText"/>).</summary>
internal static class FeedText
{
    /// <summary>"2026-11-10 15:10 UTC+01:00": wall-clock time in the site's time zone with its offset, never ambiguous.</summary>
    public static string Time(SiteConfig site, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, site.TimeZone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} UTC{sign}{offset:hh\\:mm}");
    }
}
