using System.Text.Json;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Import.Statuspage;

/// <summary>
/// Reads an export of Atlassian Statuspage's public API: a folder with summary.json (page, components) and/or
/// incidents.json (the incident history). Every incident is kept; the mapping is documented in docs/import.md.
/// </summary>
public static class StatuspageImporter
{
    public const string Origin = "Statuspage";

    public static ImportResult Import(string folder, string displayBase, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticList();
        var summary = Read(folder, "summary.json", displayBase, diagnostics);
        var history = Read(folder, "incidents.json", displayBase, diagnostics);
        if (summary is null && history is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.ImportUnreadable, SourcePosition.StartOf(Display(Path.Combine(folder, "incidents.json"), displayBase)),
                    "neither summary.json nor incidents.json was found", "save https://<page>/api/v2/summary.json and incidents.json into the folder");
            }

            return new ImportResult(null, diagnostics.ToImmutable());
        }

        var page = summary?.Page ?? history?.Page;
        var timeZone = TimeZoneOf(page?.TimeZone, folder, displayBase, diagnostics);
        var components = new StatuspageComponents(summary?.Components ?? []);
        var incidents = (history?.Incidents ?? []).Concat(summary?.Incidents ?? [])
            .GroupBy(i => i.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(i => i.IncidentUpdates?.Count ?? 0)!)
            .OrderBy(i => i.StartedAt ?? i.CreatedAt)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var sourcePath = Path.Combine(folder, history is null ? "summary.json" : "incidents.json");
        var locate = IdLocator(File.ReadAllText(sourcePath), Display(sourcePath, displayBase));
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var imported = incidents
            .Select(i => StatuspageIncidentConverter.Convert(i, components, timeZone.Zone, slugs, now, locate(i.Id), diagnostics))
            .OfType<ImportedIncident>()
            .ToList();

        var site = new ImportedSite
        {
            Origin = Origin,
            Title = string.IsNullOrWhiteSpace(page?.Name) ? "Status" : $"{page.Name} Status",
            BaseUrl = page?.Url is { } url && Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUrl) && baseUrl.Scheme is "http" or "https"
                ? baseUrl
                : new Uri("https://status.example.com/"),
            Language = "en",
            TimeZoneId = timeZone.Id,
            Components = components.All,
            Incidents = [.. imported.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal)],
        };
        return new ImportResult(diagnostics.HasErrors ? null : site, diagnostics.ToImmutable());
    }

    private static StatuspageDocument? Read(string folder, string name, string displayBase, DiagnosticList diagnostics)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StatuspageDocument>(File.ReadAllText(path), StatuspageJson.Options);
        }
        catch (JsonException e)
        {
            diagnostics.Error(
                DiagnosticCodes.ImportUnreadable,
                new SourcePosition(Display(path, displayBase), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1),
                $"not a Statuspage export: {e.Message.Split(" Path:")[0]}");
            return null;
        }
    }

    private static (TimeZoneInfo Zone, string Id) TimeZoneOf(string? id, string folder, string displayBase, DiagnosticList diagnostics)
    {
        if (id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return (zone, id);
        }

        diagnostics.Warning(
            DiagnosticCodes.ImportMissingField,
            SourcePosition.StartOf(Display(Path.Combine(folder, "summary.json"), displayBase)),
            $"{(id is null ? "no page time_zone" : $"time zone '{id}' is unknown")}; site.yml gets UTC",
            "set timezone in site.yml to an IANA name such as Europe/Berlin");
        return (TimeZoneInfo.Utc, "UTC");
    }

    /// <summary>Where an incident's "id" value is in the JSON text, so that warnings about it point at the incident.</summary>
    private static Func<string, SourcePosition> IdLocator(string json, string display) => id =>
    {
        var match = System.Text.RegularExpressions.Regex.Match(json, $"\"id\"\\s*:\\s*\"{System.Text.RegularExpressions.Regex.Escape(id)}\"");
        if (!match.Success)
        {
            return SourcePosition.StartOf(display);
        }

        var line = 1 + json.AsSpan(0, match.Index).Count('\n');
        var column = match.Index - (json.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1) + 1;
        return new SourcePosition(display, line, column);
    };

    internal static string Display(string path, string displayBase) => Path.GetRelativePath(displayBase, path).Replace('\\', '/');
}

/// <summary>Component ids for Statuspage component ids; group components become group names.</summary>
internal sealed class StatuspageComponents
{
    private readonly List<ImportedComponent> all = [];
    private readonly Dictionary<string, string> idsById = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public StatuspageComponents(IReadOnlyList<StatuspageComponent> components)
    {
        var groups = components.Where(c => c.Group).ToDictionary(c => c.Id, c => c.Name ?? c.Id);
        foreach (var component in components.Where(c => !c.Group).OrderBy(c => c.GroupId is { } g && groups.ContainsKey(g) ? components.First(x => x.Id == g).Position : c.Position).ThenBy(c => c.Position))
        {
            Add(component, component.GroupId is { } g && groups.TryGetValue(g, out var group) ? group : null);
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

    public const string GeneralId = "statusgen-general";

    private string Add(StatuspageComponent component, string? group)
    {
        var id = Slugs.Unique(Slugs.Of(component.Name ?? component.Id, 40), taken);
        idsById[component.Id] = id;
        all.Add(new ImportedComponent(id, component.Name ?? component.Id, group, component.Description?.Trim() ?? ""));
        return id;
    }
}
