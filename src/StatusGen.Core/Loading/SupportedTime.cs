using System.Globalization;

namespace StatusGen.Loading;

/// <summary>
/// The range of instants StatusGen computes with. Uptime windows, time zones and calendars add and subtract up to
/// years, which overflows <see cref="DateTimeOffset"/> near years 1 and 9999; this range keeps every such step safe.
/// Content outside it is a diagnostic, a build time outside it a usage error.
/// </summary>
public static class SupportedTime
{
    public static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(8999, 12, 31, 23, 59, 59, TimeSpan.Zero);

    public static bool Contains(DateTimeOffset at) => at >= Earliest && at <= Latest;

    public static bool Contains(DateOnly date) => date >= DateOnly.FromDateTime(Earliest.UtcDateTime) && date <= DateOnly.FromDateTime(Latest.UtcDateTime);

    /// <summary>"1900-01-01 to 8999-12-31", for messages.</summary>
    public static string Description =>
        $"{Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (UTC)";
}
