using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Model;
using YamlDotNet.RepresentationModel;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>
/// Reads a cState site (config.yml and content/issues/*.md) into an <see cref="ImportedSite"/>. Every issue
/// becomes an incident: problems are worked around and reported as SG06xx warnings, never by dropping one.
/// The mapping is documented in docs/import.md.
/// </summary>
public static class CstateImporter
{
    public const string Origin = "cState";

    /// <param name="now">The import's time, which decides whether a never-resolved issue is still going on.</param>
    public static ImportResult Import(string siteDirectory, string displayBase, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticList();
        var config = CstateConfig.Read(siteDirectory, displayBase, diagnostics);
        var components = new CstateComponents(config.Systems);
        var issuesFolder = Path.Combine(siteDirectory, "content", "issues");
        var files = Directory.Exists(issuesFolder)
            ? Directory.GetFiles(issuesFolder, "*.md").Where(f => !Path.GetFileName(f).StartsWith('_')).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportMissingField,
                SourcePosition.StartOf(CstateConfig.Display(issuesFolder, displayBase)),
                "no issues found in content/issues/; only site.yml is written");
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var incidents = new List<ImportedIncident>();
        foreach (var path in files)
        {
            var file = CstateIssueFile.Read(path, CstateConfig.Display(path, displayBase), diagnostics);
            if (file is not null)
            {
                incidents.Add(CstateIssue.Convert(file, components, slugs, now, diagnostics));
            }
        }

        var site = new ImportedSite
        {
            Origin = Origin,
            Title = config.Title,
            Description = config.Description,
            BaseUrl = config.BaseUrl,
            Language = config.Language,
            TimeZoneId = "UTC", // cState asks for UTC in front matter, and offset-less Hugo dates are UTC.
            Components = components.All,
            Incidents = [.. incidents.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal)],
        };
        return new ImportResult(diagnostics.HasErrors ? null : site, diagnostics.ToImmutable());
    }
}

/// <summary>Component ids for cState system names; names no system has become new components (SG0601).</summary>
internal sealed class CstateComponents
{
    private readonly List<ImportedComponent> all = [];
    private readonly Dictionary<string, string> idsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public CstateComponents(IReadOnlyList<CstateSystem> systems)
    {
        foreach (var system in systems.Where(s => !idsByName.ContainsKey(s.Name)))
        {
            Add(system.Name, system.Category, system.Description);
        }
    }

    public IReadOnlyList<ImportedComponent> All => all;

    public string IdOf(string name, SourcePosition at, DiagnosticList diagnostics)
    {
        if (idsByName.TryGetValue(name, out var id))
        {
            return id;
        }

        id = Add(name, group: null, description: "");
        diagnostics.Warning(
            DiagnosticCodes.ImportUnknownAffected,
            at,
            $"'{name}' is not a system in config.yml; added component '{id}' for it",
            "rename it in site.yml, or give it a group");
        return id;
    }

    /// <summary>The component for issues that name none: our format needs one (SG0205), cState allows none.</summary>
    public string General() => idsByName.TryGetValue(GeneralName, out var id) ? id : Add(GeneralName, group: null, "Notices that concern no single system.");

    private const string GeneralName = "General";

    private string Add(string name, string? group, string description)
    {
        var id = Slugs.Unique(Slugs.Of(name, 40), ids);
        idsByName[name] = id;
        all.Add(new ImportedComponent(id, name, group, description));
        return id;
    }
}
