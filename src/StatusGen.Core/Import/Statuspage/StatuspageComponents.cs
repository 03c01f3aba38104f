using StatusGen.Diagnostics;
using StatusGen.Loading;

namespace StatusGen.Import.Statuspage;

/// <summary>Component ids for Statuspage component ids; group components become group names.</summary>
internal sealed class StatuspageComponents
{
    public const string GeneralId = "statusgen-general";

    private readonly List<ImportedComponent> all = [];
    private readonly Dictionary<string, string> idsById = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public StatuspageComponents(IReadOnlyList<StatuspageFile.Entry<StatuspageComponent>> components, DiagnosticList diagnostics)
    {
        var usable = new List<StatuspageFile.Entry<StatuspageComponent>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in components)
        {
            if (entry.Value.Id is not { } id)
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, entry.At, $"component '{entry.Value.Name}' has no 'id'; it is skipped", "check the export");
            }
            else if (!seen.Add(id))
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, entry.At, $"component id '{id}' appears twice; the second is skipped", "check the export");
            }
            else
            {
                usable.Add(entry);
            }
        }

        var groups = usable.Where(c => c.Value.Group == true).ToDictionary(c => c.Value.Id!, c => c.Value, StringComparer.Ordinal);
        int Order(StatuspageComponent c) => (c.GroupId is { } g && groups.TryGetValue(g, out var group) ? group.Position : c.Position) ?? 0;
        foreach (var component in usable.Select(e => e.Value).Where(c => c.Group != true).OrderBy(Order).ThenBy(c => c.Position ?? 0))
        {
            Add(component, component.GroupId is { } g && groups.TryGetValue(g, out var group) ? group.Name ?? group.Id : null);
        }
    }

    public IReadOnlyList<ImportedComponent> All => all;

    public string IdOf(string statuspageId, string? name, SourcePosition at, DiagnosticList diagnostics)
    {
        if (idsById.TryGetValue(statuspageId, out var id))
        {
            return id;
        }

        if (statuspageId == GeneralId)
        {
            return General();
        }

        id = Add(new StatuspageComponent(statuspageId, name, null, false, null, 0), group: null);
        diagnostics.Warning(DiagnosticCodes.ImportUnknownAffected, at,
            $"component '{name ?? statuspageId}' ({statuspageId}) is not in summary.json; added component '{id}' for it",
            "give it a group in site.yml, or rename it");
        return id;
    }

    /// <summary>The component for incidents that name none: our format needs one (SG0205), Statuspage allows none.</summary>
    public string General() =>
        idsById.TryGetValue(GeneralId, out var id) ? id : Add(new StatuspageComponent(GeneralId, "General", "Notices that concern no single component.", false, null, 0), group: null);

    private string Add(StatuspageComponent component, string? group)
    {
        var name = string.IsNullOrWhiteSpace(component.Name) ? component.Id! : component.Name.Trim();
        var id = Slug.Unique(Slug.From(name, "component", 40), taken);
        idsById[component.Id!] = id;
        all.Add(new ImportedComponent(id, name, group, component.Description?.Trim() ?? ""));
        return id;
    }
}
