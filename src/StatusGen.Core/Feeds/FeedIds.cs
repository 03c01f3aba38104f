using System.Globalization;
using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Feeds;

/// <summary>
/// Permanent entry ids as tag URIs (RFC 4151): <c>tag:HOST,DATE:PATH</c>, e.g.
/// <c>tag:status.example.com,2026-11-10:incidents/2026-11-10-api-errors</c>. DATE is the date at the start of the
/// file name (the slug), so an id changes only when the file is renamed or the site moves to another host; it does
/// not change when the incident is edited, updated or re-dated, nor with the build time. docs/feeds.md.
/// </summary>
internal static class FeedIds
{
    public static string Incident(SiteConfig site, Incident incident) =>
        Tag(site, incident.Slug, incident.Started, Routes.Incident.Path(incident.Slug).TrimEnd('/'));

    public static string Maintenance(SiteConfig site, Maintenance maintenance) =>
        Tag(site, maintenance.Slug, maintenance.Scheduled, Routes.Maintenance.Path(maintenance.Slug).TrimEnd('/'));

    /// <summary>One update: its parent's id plus the update's UTC time and status, with "-2", "-3"... only for exact duplicates.</summary>
    public static string Update(string parentId, DateTimeOffset at, string status, int duplicate) =>
        $"{parentId}/updates/{at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{status.Replace(' ', '-').ToLowerInvariant()}"
        + (duplicate > 1 ? $"-{duplicate}" : "");

    private static string Tag(SiteConfig site, string slug, DateTimeOffset fallbackDate, string path)
    {
        var date = slug.Length >= 10 && DateOnly.TryParseExact(slug[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateOnly.FromDateTime(fallbackDate.UtcDateTime);
        // The base URL's path keeps two sites on one host apart (example.com/a/ and example.com/b/).
        var prefix = site.BaseUrl.AbsolutePath.TrimStart('/');
        return FormattableString.Invariant($"tag:{site.BaseUrl.Host},{date:yyyy-MM-dd}:{prefix}{path}");
    }
}
