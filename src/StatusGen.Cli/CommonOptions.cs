using System.CommandLine;
using System.Globalization;

namespace StatusGen.Cli;

/// <summary>Options shared by several commands, each created fresh per command (an option belongs to one command).</summary>
internal static partial class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "Folder with site.yml, incidents/ and maintenance/.",
        DefaultValueFactory = _ => "content",
        HelpName = "dir",
    };

    public static Option<string?> Now() => new("--now")
    {
        Description = "The build's time as ISO 8601 with offset (2026-11-10T09:15:00Z). Default: SOURCE_DATE_EPOCH, else the clock.",
        HelpName = "timestamp",
    };

    public static Option<bool> AllWarnings() => new(WarningGroups.AllWarningsOption)
    {
        Description = $"Print every warning. Without it, warnings past the first {WarningGroups.ShownPerCode} of each code are counted in one line per code; errors are always printed.",
    };

    public static Option<string?> CacheDir() => new("--cache-dir")
    {
        Description = "Where the site's own templates are kept compiled and what each content file produced (default: .statusgen/cache beside site.yml); cache it in CI.",
        HelpName = "dir",
    };

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Parse every content file, and read or write no content cache (a site's own templates are still kept compiled).",
    };

    /// <summary>
    /// What content files produced in earlier runs, kept in the cache folder's content/ (the same folder rule as the
    /// compiled templates: <see cref="Loading.CacheFolder"/>); null with --no-cache.
    /// </summary>
    public static Loading.ContentFileMemo? ContentCache(bool noCache, string contentFolder, string? cacheDir, CliContext context) =>
        noCache ? null : new Loading.ContentFileMemo(new Loading.ContentCache(contentFolder, ResolveCacheDir(cacheDir, context), context.WorkingDirectory));

    /// <summary>--cache-dir resolved against the working directory, or null for the default beside site.yml.</summary>
    public static string? ResolveCacheDir(string? path, CliContext context) =>
        string.IsNullOrWhiteSpace(path) ? null : context.Resolve(path);

    /// <summary>The --content folder, resolved against the working directory.</summary>
    /// <exception cref="UsageException">The folder does not exist.</exception>
    public static string ResolveContent(string path, CliContext context)
    {
        var full = context.Resolve(path);
        return Directory.Exists(full)
            ? full
            : throw new UsageException($"the content folder '{path}' does not exist; pass the folder holding site.yml with --content, or start one with 'statusgen init'.");
    }

    /// <summary>--now, else SOURCE_DATE_EPOCH (seconds since 1970, UTC), else the clock.</summary>
    /// <exception cref="UsageException">Either value is malformed.</exception>
    public static DateTimeOffset ResolveNow(string? now, CliContext context)
    {
        var at = ReadNow(now, context);
        return Loading.SupportedTime.Contains(at)
            ? at
            : throw new UsageException($"the build's time {at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)} ({(now is null ? "from SOURCE_DATE_EPOCH" : "--now")}) is outside the dates StatusGen supports ({Loading.SupportedTime.Description}).");
    }

    private static DateTimeOffset ReadNow(string? now, CliContext context)
    {
        if (now is not null)
        {
            return DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                && HasExplicitOffset(now)
                ? parsed
                : throw new UsageException($"--now '{now}' is not an ISO 8601 timestamp with an offset; write it like 2026-11-10T09:15:00Z or 2026-11-10T10:15:00+01:00.");
        }

        var epoch = context.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrWhiteSpace(epoch))
        {
            var latest = Loading.SupportedTime.Latest.ToUnixTimeSeconds();
            return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? seconds <= latest
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : throw new UsageException(FormattableString.Invariant($"SOURCE_DATE_EPOCH '{epoch}' is after {Loading.SupportedTime.Latest:yyyy-MM-dd}, the last date StatusGen supports."))
                : throw new UsageException($"SOURCE_DATE_EPOCH '{epoch}' is not a whole number of seconds since 1970-01-01T00:00:00Z.");
        }

        return context.Clock.GetUtcNow();
    }

    private static bool HasExplicitOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || OffsetSuffix().IsMatch(text);

    // Generated at build time and precompiled: the interpreter's parse and set-up would run on every start with --now.
    [System.Text.RegularExpressions.GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex OffsetSuffix();
}
