using StatusGen.Diagnostics;
using StatusGen.Loading;

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
        if (config is null)
        {
            return new ImportResult(null, diagnostics.ToImmutable());
        }

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

        var (incidentSlugs, maintenanceSlugs) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        var incidents = new List<ImportedIncident>();
        var maintenances = new List<ImportedMaintenance>();
        var siteFolder = ContentFolder.Of(siteDirectory);
        foreach (var path in files)
        {
            // A file that cannot be read is reported (an error) and skipped; every other issue is still imported.
            var file = CstateIssueFile.Read(path, CstateConfig.Display(path, displayBase), siteFolder, diagnostics);
            if (file is null)
            {
                continue;
            }

            var issue = CstateIssue.Read(file, components, config.TimeZone, now, diagnostics);
            if (CstateIssue.IsMaintenance(file))
            {
                maintenances.Add(CstateMaintenance.Convert(issue, maintenanceSlugs, diagnostics));
            }
            else
            {
                incidents.Add(CstateIncident.Convert(issue, incidentSlugs, now, diagnostics));
            }
        }

        var site = new ImportedSite
        {
            Origin = Origin,
            Title = config.Title,
            Description = config.Description,
            BaseUrl = config.BaseUrl,
            Language = config.Language,
            TimeZoneId = config.TimeZone.Id, // Hugo reads offset-less times in this zone, UTC unless config.yml sets timeZone.
            Components = components.All,
            Incidents = [.. incidents.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal)],
            Maintenances = [.. maintenances.OrderByDescending(m => m.Scheduled).ThenBy(m => m.Slug, StringComparer.Ordinal)],
            HistoryEnds = now,
        };
        return new ImportResult(site, diagnostics.ToImmutable());
    }
}
