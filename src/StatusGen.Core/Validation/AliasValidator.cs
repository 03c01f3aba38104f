using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Validation;

/// <summary>
/// Aliases across the site: each old address redirects to one page, and none may take the place of a file the build
/// writes (a page, a feed, the API), since its redirect page would overwrite it.
/// </summary>
internal static class AliasValidator
{
    /// <summary>Top-level folders and files the build writes besides the incident and maintenance pages.</summary>
    private static readonly string[] Reserved =
        ["index.html", "404.html", "history", "uptime", "components", "widget", "api", "badges", "assets", "_headers", "_redirects"];

    public static void Validate(SiteContent content, DiagnosticList diagnostics)
    {
        var pages = content.Incidents.Select(i => $"/incidents/{i.Slug}/")
            .Concat(content.Maintenances.Select(m => $"/maintenance/{m.Slug}/"))
            .Append("/incidents/").Append("/maintenance/")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var claims = content.Incidents.SelectMany(i => i.Aliases.Select(a => (Alias: a, Owner: i.Source.DisplayPath)))
            .Concat(content.Maintenances.SelectMany(m => m.Aliases.Select(a => (Alias: a, Owner: m.Source.DisplayPath))))
            .OrderBy(c => c.Owner, StringComparer.Ordinal);
        foreach (var (alias, owner) in claims)
        {
            var first = alias.Path[1..].Split('/')[0];
            if (pages.Contains(alias.Path) || Reserved.Contains(first, StringComparer.OrdinalIgnoreCase) || first.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.AliasTaken, alias.Position, $"alias '{alias.Path}' is an address the build writes itself", "remove it; only old addresses that no page of this site uses can redirect");
            }
            else if (!owners.TryAdd(alias.Path, owner))
            {
                diagnostics.Error(DiagnosticCodes.AliasTaken, alias.Position, $"alias '{alias.Path}' is also an alias of {owners[alias.Path]}", "keep it on the page it should lead to");
            }
        }
    }
}
