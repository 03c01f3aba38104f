using StatusGen.Diagnostics;
using StatusGen.Loading;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>
/// Component ids for cState system names. Names are matched as spelled variants of one name ("Artifact Caching Proxy",
/// "artifact-caching-proxy"): case, spaces and punctuation do not count. A system configured in several categories
/// keeps one component per category, and an issue that names it affects all of them (cState shows it under each).
/// A name no system has becomes a new component (SG0601), with the configured name it is likely a typo of.
/// </summary>
internal sealed class CstateComponents
{
    private const string GeneralName = "General";

    private readonly List<ImportedComponent> all = [];
    private readonly Dictionary<string, List<string>> idsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> namesByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private readonly List<string> configured = [];

    public CstateComponents(IReadOnlyList<CstateSystem> systems)
    {
        foreach (var system in systems)
        {
            var key = Key(system.Name);
            if (idsByKey.TryGetValue(key, out var existing)
                && all.Any(c => existing.Contains(c.Id) && c.Group == system.Category))
            {
                continue; // The same system twice in one category: one component.
            }

            Add(system.Name, system.Category, system.Description, preferCategory: existing is not null);
            configured.Add(system.Name);
        }
    }

    public IReadOnlyList<ImportedComponent> All => all;

    /// <summary>The ids of the components an issue's 'affected' names; 'general' when it names none.</summary>
    public IReadOnlyList<string> Affected(CstateIssueFile file, DiagnosticList diagnostics)
    {
        var node = Get(file.FrontMatter, "affected");
        var result = new List<string>();
        foreach (var item in Items(node))
        {
            if (Text(item)?.Trim() is { Length: > 0 } name)
            {
                result.AddRange(IdsOf(name, file.At(item), diagnostics).Where(id => !result.Contains(id)));
            }
        }

        if (result.Count == 0)
        {
            result.Add(General());
            CstateIssue.Missing(file, "affected", $"the incident is assigned to component '{result[0]}'", diagnostics, node);
        }

        return result;
    }

    private List<string> IdsOf(string name, SourcePosition at, DiagnosticList diagnostics)
    {
        var key = Key(name);
        if (idsByKey.TryGetValue(key, out var known))
        {
            if (namesByKey[key] != name && reported.Add(name))
            {
                diagnostics.Warning(DiagnosticCodes.ImportSimilarNames, at, $"'{name}' is read as '{namesByKey[key]}' (they differ only in case, spaces or punctuation)",
                    "nothing to do, unless they are different systems: then rename one in the cState files and import again");
            }

            return known;
        }

        var id = Add(name, group: null, description: "", preferCategory: false);
        var typo = DidYouMean.Find(name, configured);
        diagnostics.Warning(
            DiagnosticCodes.ImportUnknownAffected,
            at,
            $"'{name}' is not a system in config.yml; added component '{id}' for it",
            typo is null ? "rename it in site.yml, or give it a group" : $"it may be a typo of '{typo}': if so, correct it in the cState file and import again");
        return idsByKey[key];
    }

    /// <summary>The component for issues that name none: our format needs one (SG0205), cState allows none.</summary>
    public string General() =>
        idsByKey.TryGetValue(Key(GeneralName), out var id) ? id[0] : Add(GeneralName, group: null, "Notices that concern no single system.", preferCategory: false);

    /// <summary>"Artifact Caching Proxy", "artifact-caching-proxy" and "Artifact caching-proxy" share one key.</summary>
    private static string Key(string name) => Slug.From(name, name.Trim().ToLowerInvariant(), maxLength: 200).Replace("-", "", StringComparison.Ordinal);

    private string Add(string name, string? group, string description, bool preferCategory)
    {
        var stem = preferCategory && group is not null ? $"{group} {name}" : name;
        var id = Slug.Unique(Slug.From(stem, "component", 40), ids);
        var key = Key(name);
        if (!idsByKey.TryGetValue(key, out var list))
        {
            idsByKey[key] = list = [];
            namesByKey[key] = name;
        }

        list.Add(id);
        all.Add(new ImportedComponent(id, name, group, description));
        return id;
    }
}
