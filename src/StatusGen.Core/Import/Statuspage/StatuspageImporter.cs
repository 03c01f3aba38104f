using System.Text.Json;
using StatusGen.Diagnostics;
using StatusGen.Loading;

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
        var summary = StatuspageFile.Read(folder, "summary.json", displayBase, diagnostics);
        var history = StatuspageFile.Read(folder, "incidents.json", displayBase, diagnostics);
        var planned = StatuspageFile.Read(folder, "scheduled-maintenances.json", displayBase, diagnostics);
        if (summary is null && history is null && planned is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.ImportUnreadable, SourcePosition.StartOf(Display(Path.Combine(folder, "incidents.json"), displayBase)),
                    "none of summary.json, incidents.json and scheduled-maintenances.json was found", "save https://<page>/api/v2/summary.json, incidents.json and scheduled-maintenances.json into the folder");
            }

            return new ImportResult(null, diagnostics.ToImmutable());
        }

        var page = summary?.Document.Page ?? history?.Document.Page ?? planned?.Document.Page;
        var timeZone = TimeZoneOf(page?.TimeZone, summary ?? history ?? planned!, diagnostics);
        var components = new StatuspageComponents(summary?.Entries(d => d.Components, "components", diagnostics) ?? [], diagnostics);
        var entries = (history?.Entries(d => d.Incidents, "incidents", diagnostics) ?? [])
            .Concat(summary?.Entries(d => d.Incidents, "incidents", diagnostics) ?? [])
            .Concat(new[] { history, summary, planned }.OfType<StatuspageFile>().SelectMany(f => f.Entries(d => d.ScheduledMaintenances, "scheduled_maintenances", diagnostics)))
            .Select((entry, index) => entry with { Value = entry.Value with { Id = entry.Value.Id ?? MissingId(entry, index, diagnostics) } })
            .GroupBy(e => e.Value.Id!, StringComparer.Ordinal)
            .Select(g => g.MaxBy(e => e.Value.IncidentUpdates?.Count ?? 0)!)
            .OrderBy(e => e.Value.StartedAt ?? e.Value.CreatedAt)
            .ThenBy(e => e.Value.Id, StringComparer.Ordinal)
            .ToList();
        var (slugs, maintenanceSlugs) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        var imported = entries
            .Where(e => !StatuspageMaintenanceConverter.IsMaintenance(e.Value))
            .Select(e => StatuspageIncidentConverter.Convert(e, components, timeZone.Zone, slugs, now, diagnostics))
            .ToList();
        var maintenances = entries
            .Where(e => StatuspageMaintenanceConverter.IsMaintenance(e.Value))
            .Select(e => StatuspageMaintenanceConverter.Convert(e, components, timeZone.Zone, maintenanceSlugs, diagnostics))
            .ToList();

        var site = new ImportedSite
        {
            Origin = Origin,
            Title = string.IsNullOrWhiteSpace(page?.Name) ? "Status" : $"{page.Name.Trim()} Status",
            BaseUrl = page?.Url is { } url && Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUrl) && baseUrl.Scheme is "http" or "https"
                ? baseUrl
                : new Uri("https://status.example.com/"),
            Language = "en",
            TimeZoneId = timeZone.Id,
            Components = components.All,
            Incidents = [.. imported.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal)],
            Maintenances = [.. maintenances.OrderByDescending(m => m.Scheduled).ThenBy(m => m.Slug, StringComparer.Ordinal)],
            HistoryEnds = now,
        };
        return new ImportResult(site, diagnostics.ToImmutable());
    }

    private static string MissingId(StatuspageFile.Entry<StatuspageIncident> entry, int index, DiagnosticList diagnostics)
    {
        diagnostics.Warning(DiagnosticCodes.ImportMissingField, entry.At, "the incident has no 'id'; it is imported, but its old address cannot be redirected",
            "check the export; Statuspage gives every incident an id");
        return $"statusgen-missing-id-{index}";
    }

    private static (TimeZoneInfo Zone, string Id) TimeZoneOf(string? id, StatuspageFile file, DiagnosticList diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId)
        {
            return (zone, zone.Id);
        }

        diagnostics.Warning(
            DiagnosticCodes.ImportMissingField,
            file.Positions.At("page.time_zone"),
            $"{(id is null ? "no page time_zone" : $"time zone '{id}' is unknown")}; site.yml gets UTC",
            "set timezone in site.yml to an IANA name such as Europe/Berlin");
        return (TimeZoneInfo.Utc, "UTC");
    }

    internal static string Display(string path, string displayBase) => Path.GetRelativePath(displayBase, path).Replace('\\', '/');
}

/// <summary>One JSON file of the export, with the position of each of its entries.</summary>
internal sealed record StatuspageFile(StatuspageDocument Document, JsonPositions Positions)
{
    /// <summary>An entry of a list in the file and where it starts.</summary>
    public sealed record Entry<T>(T Value, SourcePosition At, string Path, JsonPositions Positions)
    {
        /// <summary>Where a part of the entry starts, e.g. "incident_updates[2]".</summary>
        public SourcePosition Inside(string part) => Positions.At($"{Path}.{part}");
    }

    public static StatuspageFile? Read(string folder, string name, string displayBase, DiagnosticList diagnostics)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            return null;
        }

        var display = StatuspageImporter.Display(path, displayBase);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, SourcePosition.StartOf(display), $"cannot read the file: {e.Message}");
            return null;
        }

        // Encoding problems (invalid UTF-8, UTF-16, binary) are reported by the content reader, at the first bad byte.
        var text = ContentFileReader.Decode(new SourceFile(display, path), bytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        bytes = System.Text.Encoding.UTF8.GetBytes(text.Text);
        try
        {
            var document = JsonSerializer.Deserialize<StatuspageDocument>(bytes, StatuspageJson.Options);
            if (document is null)
            {
                diagnostics.Error(DiagnosticCodes.ImportUnreadable, SourcePosition.StartOf(display), "not a Statuspage export: the file holds 'null'");
                return null;
            }

            return new StatuspageFile(document, JsonPositions.Read(bytes, display));
        }
        catch (JsonException e)
        {
            diagnostics.Error(
                DiagnosticCodes.ImportUnreadable,
                new SourcePosition(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1),
                $"not a Statuspage export: {e.Message.Split(" Path:")[0]}");
            return null;
        }
    }

    /// <summary>The non-null entries of one of the document's lists; each null entry is reported at its place.</summary>
    public List<Entry<T>> Entries<T>(Func<StatuspageDocument, List<T?>?> list, string name, DiagnosticList diagnostics)
        where T : class
    {
        var entries = new List<Entry<T>>();
        var items = list(Document) ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{name}[{i}]";
            if (items[i] is { } item)
            {
                entries.Add(new Entry<T>(item, Positions.At(path), path, Positions));
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, Positions.At(path), $"entry {i} of '{name}' is null; it is skipped", "check the export");
            }
        }

        return entries;
    }
}
