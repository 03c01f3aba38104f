using StatusGen.Diagnostics;
using StatusGen.Loading;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>
/// The addresses Hugo published an issue at: its 'url', else /issues/&lt;slug or file name&gt;/ (lower case, spaces as
/// '-'), plus any 'aliases' it already had. They become our 'aliases', which the build redirects.
/// </summary>
internal static class CstateAliases
{
    public static IReadOnlyList<string> Of(CstateIssueFile file, DiagnosticList diagnostics)
    {
        var front = file.FrontMatter;
        var name = Text(Get(front, "slug"))?.Trim() is { Length: > 0 } slug ? slug : file.FileName;
        var published = Text(Get(front, "url"))?.Trim() is { Length: > 0 } url
            ? (url.StartsWith('/') ? url : "/" + url)
            : $"/issues/{name.ToLowerInvariant().Replace(' ', '-')}/";
        var candidates = new[] { published }.Concat(Items(Get(front, "aliases")).Select(Text).OfType<string>().Select(a => a.Trim()));
        var aliases = new List<string>();
        foreach (var candidate in candidates)
        {
            if (AliasField.Normalize(candidate) is { } path)
            {
                if (!aliases.Contains(path, StringComparer.OrdinalIgnoreCase))
                {
                    aliases.Add(path);
                }
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, file.Start, $"the old address '{candidate}' is not a plain site path; it is not redirected",
                    "add a redirect for it on your host by hand");
            }
        }

        return aliases;
    }
}
