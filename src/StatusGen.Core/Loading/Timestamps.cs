using System.Globalization;
using System.Text.RegularExpressions;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>Why a timestamp was rejected: the diagnostic to report at the timestamp.</summary>
public sealed record TimestampError(DiagnosticCode Code, string Message, string Fix);

/// <summary>
/// The two timestamp forms of the content format: "YYYY-MM-DD HH:MM" in the site's time zone, or ISO 8601 with an
/// offset ("2026-11-10T09:15:00+01:00", "...Z"). Used for front matter, timeline keys, update headings and the CLI.
/// </summary>
public static partial class Timestamps
{
    // Exact formats: the shape is already checked by a regex, and exact parsing is several times faster than TryParse.
    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone, out TimestampError? error)
    {
        error = null;
        text = text.Trim();
        if (Local().IsMatch(text))
        {
            return ParseLocal(text, zone, out error);
        }

        if (Offset().IsMatch(text))
        {
            // The year alone decides: near years 1 and 9999 applying the offset would overflow before any range check.
            if (!SupportedTime.Contains(new DateOnly(Math.Max(1, int.Parse(text[..4], CultureInfo.InvariantCulture)), 1, 1)))
            {
                error = OutOfRange(text);
                return null;
            }

            if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return InRange(text, value, out error);
            }

            error = new(DiagnosticCodes.InvalidTimestamp, $"'{text}' is not a real date and time", "check the month, day, hour and minute");
            return null;
        }

        if (NoOffset().Match(text) is { Success: true } bare)
        {
            var localForm = $"{bare.Groups["date"].Value} {bare.Groups["time"].Value}";
            var offset = DateTime.TryParseExact(localForm, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? zone.GetUtcOffset(day)
                : zone.BaseUtcOffset;
            error = new(DiagnosticCodes.InvalidTimestamp, $"'{text}' has no UTC offset", $"write '{localForm}' for {zone.Id} time, or add an offset such as '{text}{OffsetText(offset)}'");
            return null;
        }

        error = new(DiagnosticCodes.InvalidTimestamp, $"'{text}' is not a timestamp", $"write 'YYYY-MM-DD HH:MM' in {zone.Id} time (e.g. '2026-11-10 09:15') or ISO 8601 with an offset (e.g. '2026-11-10T09:15:00+01:00')");
        return null;
    }

    /// <summary>The error for a date outside <see cref="SupportedTime"/>, shared by every reader of dates.</summary>
    public static TimestampError OutOfRange(string text) =>
        new(DiagnosticCodes.TimeOutOfRange, $"'{text}' is outside the dates StatusGen supports ({SupportedTime.Description})", "check the year");

    private static DateTimeOffset? InRange(string text, DateTimeOffset value, out TimestampError? error)
    {
        error = SupportedTime.Contains(value) ? null : OutOfRange(text);
        return error is null ? value : null;
    }

    /// <summary>A calendar date written "YYYY-MM-DD" (site.yml's 'since').</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// The shortest form that reads back to the same instant: "YYYY-MM-DD HH:MM" local time when that is whole minutes
    /// and unambiguous, else ISO 8601 with the offset in force.
    /// </summary>
    public static string Format(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.Second == 0 && local.Millisecond == 0 && !zone.IsAmbiguousTime(local.DateTime)
            ? local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + OffsetText(local.Offset);
    }

    private static readonly string[] LocalFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <param name="text">Already matched by <see cref="Local"/>: "YYYY-MM-DD HH:MM[:SS]" with one space.</param>
    private static DateTimeOffset? ParseLocal(string text, TimeZoneInfo zone, out TimestampError? error)
    {
        error = null;
        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error = new(DiagnosticCodes.InvalidTimestamp, $"'{text}' is not a real date and time", "check the month, day, hour (00-23) and minute (00-59)");
            return null;
        }

        // Checked on the local time, before an offset is applied, because near years 1 and 9999 applying it overflows.
        if (!SupportedTime.Contains(DateOnly.FromDateTime(local)))
        {
            error = OutOfRange(text);
            return null;
        }

        if (zone.IsInvalidTime(local))
        {
            error = new(DiagnosticCodes.AmbiguousLocalTime, $"'{text}' does not exist in {zone.Id}: the clocks skip it", $"write the time the clocks showed, or an offset such as '{Iso(local)}{OffsetText(zone.GetUtcOffset(local.AddHours(-3)))}'");
            return null;
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local).OrderByDescending(o => o).ToList();
            error = new(DiagnosticCodes.AmbiguousLocalTime, $"'{text}' happens twice in {zone.Id}: the clocks go back", $"write '{Iso(local)}{OffsetText(offsets[0])}' for the first or '{Iso(local)}{OffsetText(offsets[^1])}' for the second");
            return null;
        }

        return InRange(text, new DateTimeOffset(local, zone.GetUtcOffset(local)), out error);
    }

    private static string Iso(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string OffsetText(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : $"{(offset < TimeSpan.Zero ? '-' : '+')}{offset.Duration():hh\\:mm}";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$")]
    private static partial Regex Local();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Offset();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})T(?<time>\d{2}:\d{2})(:\d{2}(\.\d{1,7})?)?$")]
    private static partial Regex NoOffset();
}
