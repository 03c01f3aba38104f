using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Themes.Default.Assets;
using StatusGen.Themes.Default.Formatting;
using StatusGen.Themes.Default.Localization;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>What every page of one build shares: the snapshot, the language's strings and formats, the assets.</summary>
public sealed class ThemeContext
{
    public ThemeContext(SiteSnapshot snapshot, ThemeAssets assets)
    {
        Snapshot = snapshot;
        Assets = assets;
        Strings = Translations.For(snapshot.Site.Language);
        Format = new SiteFormat(Strings, snapshot.Site.TimeZone, snapshot.Now);
        IncidentsBySlug = snapshot.Content.Incidents.ToDictionary(i => i.Slug, StringComparer.Ordinal);
        historyPages = snapshot.Content.Incidents
            .Select((incident, index) => (incident.Slug, Page: (index / HistoryPaging.PageSize) + 1))
            .ToDictionary(x => x.Slug, x => x.Page, StringComparer.Ordinal);
        IncidentsByComponent = snapshot.Content.Incidents
            .SelectMany(i => i.Components.Select(c => (c.ComponentId, Incident: i)))
            .GroupBy(x => x.ComponentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Incident>)[.. g.Select(x => x.Incident).Distinct(ReferenceEqualityComparer.Instance).Cast<Incident>()], StringComparer.Ordinal);
    }

    public SiteSnapshot Snapshot { get; }
    public ThemeAssets Assets { get; }
    public UiStrings Strings { get; }
    public SiteFormat Format { get; }
    public IReadOnlyDictionary<string, Incident> IncidentsBySlug { get; }

    /// <summary>Per component id, the incidents that affected it, newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Incident>> IncidentsByComponent { get; }

    public SiteConfig Site => Snapshot.Site;

    /// <summary>The 1-based history page that lists the incident of <paramref name="slug"/> (1 for an unknown slug).</summary>
    public int HistoryPageOf(string slug) => historyPages.TryGetValue(slug, out var page) ? page : 1;

    private readonly Dictionary<string, int> historyPages;

    public string ComponentName(string id) => Site.FindComponent(id)?.Name ?? id;
}
