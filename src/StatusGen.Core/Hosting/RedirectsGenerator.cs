using System.Net;
using System.Text;
using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Hosting;

/// <summary>
/// Redirects from old addresses (front matter <c>aliases</c>, written by the importers) to the pages that replace
/// them: one <c>_redirects</c> file, read by Netlify and Cloudflare Pages from the published folder, and for every
/// other host a small HTML page at each old address (meta refresh and a canonical link). Nothing is written for a
/// site without aliases. docs/import.md, "Old addresses".
/// </summary>
public sealed class RedirectsGenerator : IOutputGenerator
{
    public string Name => "redirects";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var redirects = snapshot.Content.Incidents.SelectMany(i => i.Aliases.Select(a => (Alias: a, Target: $"incidents/{i.Slug}/", i.Title)))
            .Concat(snapshot.Content.Maintenances.SelectMany(m => m.Aliases.Select(a => (Alias: a, Target: $"maintenance/{m.Slug}/", m.Title))))
            .OrderBy(r => r.Alias.Path, StringComparer.Ordinal)
            .ToList();
        if (redirects.Count == 0)
        {
            yield break;
        }

        // '!' makes Netlify redirect although the fallback page exists at the same path; Cloudflare always redirects.
        var rules = new StringBuilder("# Written by StatusGen from the 'aliases' of incidents and maintenance; docs/import.md.\n");
        foreach (var (alias, target, _) in redirects)
        {
            rules.Append(alias.Path).Append(' ').Append('/').Append(target).Append(" 301!\n");
            if (alias.Path.EndsWith('/'))
            {
                rules.Append(alias.Path.TrimEnd('/')).Append(' ').Append('/').Append(target).Append(" 301!\n");
            }
        }

        yield return OutputFile.Text("_redirects", rules.ToString(), MediaTypes.PlainText);
        foreach (var (alias, target, title) in redirects)
        {
            yield return OutputFile.Text(alias.PagePath, Page(snapshot, alias, target, title), MediaTypes.Html);
        }
    }

    /// <summary>No script (the pages' CSP allows none) and no words to translate: the title links to the new page.</summary>
    private static string Page(SiteSnapshot snapshot, Alias alias, string target, string title)
    {
        var relative = string.Concat(Enumerable.Repeat("../", alias.PagePath.Count(c => c == '/'))) + target;
        var canonical = WebUtility.HtmlEncode(snapshot.Absolute(target).AbsoluteUri);
        var href = WebUtility.HtmlEncode(relative);
        var text = WebUtility.HtmlEncode(title);
        return $"""
            <!DOCTYPE html>
            <html lang="{snapshot.Site.Language}">
            <head>
            <meta charset="utf-8">
            <title>{text}</title>
            <link rel="canonical" href="{canonical}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            </head>
            <body>
            <p><a href="{href}">{text}</a></p>
            </body>
            </html>

            """;
    }
}
