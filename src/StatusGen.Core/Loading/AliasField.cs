using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Loading;

/// <summary>
/// The <c>aliases</c> front matter key: old addresses of a page (as Hugo names them), which the build redirects
/// (docs/import.md). Each is a site path: "/issues/db-down/" or "/issues/db-down.html"; "/issues/db-down" is read as
/// the folder "/issues/db-down/". Whether two pages claim one path is checked by the validator, which sees them all.
/// </summary>
internal static partial class AliasField
{
    private const string Example = "aliases: [\"/issues/2024-03-02-db-down/\"]";

    /// <returns>The aliases (empty when the key is absent), or null when any is invalid (reported at it).</returns>
    public static IReadOnlyList<Alias>? Read(YamlFields fields)
    {
        if (fields.Node("aliases") is null)
        {
            return [];
        }

        var list = fields.List("aliases", Example);
        if (list is null)
        {
            return null;
        }

        var aliases = new List<Alias>();
        var valid = true;
        foreach (var item in list.Children)
        {
            var text = fields.Source.Scalar(item, "an alias");
            if (text is null)
            {
                valid = false;
                continue;
            }

            var at = fields.Source.At(item);
            if (Normalize(text) is { } path)
            {
                aliases.Add(new Alias(path, at));
                continue;
            }

            valid = false;
            fields.Source.Diagnostics.Error(
                DiagnosticCodes.InvalidAlias,
                at,
                $"alias '{text}' is not a path on this site",
                "write the old address without scheme and host, starting with '/', e.g. '/issues/db-down/' (letters, digits, '-', '_', '.', '~' and '/')");
        }

        return valid ? aliases : null;
    }

    /// <summary>"/issues/x" -> "/issues/x/"; ".html" files stay files. Null for anything that is not a plain site path.</summary>
    public static string? Normalize(string text)
    {
        if (!SitePath().IsMatch(text) || text.Contains("//", StringComparison.Ordinal) || text == "/")
        {
            return null;
        }

        var path = text.EndsWith('/') || text.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? text : text + "/";
        var folders = path.Split('/')[1..^1];

        // Only the last segment may name an .html file, so that no alias's page can be another alias's folder.
        return folders.Any(segment => segment is "." or ".." || segment.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) ? null : path;
    }

    [GeneratedRegex(@"^/[A-Za-z0-9._~/-]*$")]
    private static partial Regex SitePath();
}
