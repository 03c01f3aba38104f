using StatusGen.Model;
using StatusGen.Status;
using StatusGen.Uptime;

namespace StatusGen.Building;

/// <summary>Everything the output generators may read: the content, the build's time and what was computed from them.</summary>
public sealed record SiteSnapshot
{
    public required SiteContent Content { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required SiteStatus Status { get; init; }
    public required UptimeReport Uptime { get; init; }

    /// <summary>The generator's version, printed in a meta tag and feeds' generator element.</summary>
    public string GeneratorVersion { get; init; } = GeneratorInfo.Version;

    public SiteConfig Site => Content.Site;

    /// <summary>An absolute URL under baseUrl for a site-relative path such as "incidents/x/".</summary>
    public Uri Absolute(string relativePath) => new(Site.BaseUrl, relativePath);
}
