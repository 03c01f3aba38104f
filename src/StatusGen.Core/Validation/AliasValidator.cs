using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Validation;

/// <summary>
/// Aliases across the site: each old address redirects to one page, and none may take the place of a file the build
/// writes (a page, a feed, the API), since its redirect page would overwrite it.
/// </summary>
internal static class AliasValidator
{
    /// <summary>
    /// Every top-level file and folder the build writes, except incidents/ and maintenance/ (checked per page below).
    /// A test builds a site and fails when the output has a top-level name missing here.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "index.html", "404.html", "history", "uptime", "components", "widget", "api", "badges", "assets",
        "feed.json", "history.rss", "history.atom", "updates.atom", "maintenance.ics", "sitemap.xml", "robots.txt",
        "_headers", "_redirects", "favicon.ico", "favicon.svg",
    };

    public static void Validate(SiteContent content, DiagnosticList diagnostics)
    {
        var pageFolders = content.Incidents.Select(i => $"incidents/{i.Slug}")
            .Concat(content.Maintenances.Select(m => $"maintenance/{m.Slug}"))
            .Append("incidents/index.html").Append("maintenance/index.html")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var claims = content.Incidents.SelectMany(i => i.Aliases.Select(a => (Alias: a, Owner: i.Source.DisplayPath)))
            .Concat(content.Maintenances.SelectMany(m => m.Aliases.Select(a => (Alias: a, Owner: m.Source.DisplayPath))))
            .OrderBy(c => c.Owner, StringComparer.Ordinal);
        foreach (var (alias, owner) in claims)
        {
            var segments = alias.PagePath.Split('/');
            var taken = segments.Length == 1
                ? Reserved.Contains(alias.PagePath)
                : Reserved.Contains(segments[0]) || pageFolders.Contains($"{segments[0]}/{segments[1]}");
            if (taken)
            {
                diagnostics.Error(DiagnosticCodes.AliasTaken, alias.Position, $"alias '{alias.Path}' is an address the build writes itself", "remove it; only old addresses that no page of this site uses can redirect");
            }
            else if (!owners.TryAdd(alias.PagePath, owner))
            {
                diagnostics.Error(DiagnosticCodes.AliasTaken, alias.Position, $"alias '{alias.Path}' is also an alias of {owners[alias.PagePath]}", "keep it on the page it should lead to");
            }
        }
    }
}
