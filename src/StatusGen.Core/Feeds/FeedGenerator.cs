using StatusGen.Localization;
using StatusGen.Building;

namespace StatusGen.Feeds;

/// <summary>
/// history.rss, history.atom and feed.json (one entry per incident and maintenance), updates.atom (one entry per
/// update) and components/&lt;id&gt;/history.atom. Semantics in docs/feeds.md.
/// </summary>
public sealed class FeedGenerator : IOutputGenerator
{
    public string Name => "feeds";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var site = snapshot.Site;
        var text = SiteText.For(site.Language);
        var max = site.Feeds.MaxEntries;

        var history = FeedEntries.History(snapshot, snapshot.Content.Incidents, snapshot.Content.Maintenances, max);
        var historyPage = Routes.History.Path();
        yield return new OutputFile(Routes.Atom.Path(), AtomFeedWriter.Write(Document(snapshot, $"{site.Title}: {text.IncidentHistory}", Routes.Atom.Path(), historyPage, history)), Routes.Atom.MediaType);
        yield return new OutputFile(Routes.Rss.Path(), RssFeedWriter.Write(Document(snapshot, $"{site.Title}: {text.IncidentHistory}", Routes.Rss.Path(), historyPage, history)), Routes.Rss.MediaType);
        yield return new OutputFile(Routes.JsonFeed.Path(), JsonFeedWriter.Write(Document(snapshot, $"{site.Title}: {text.IncidentHistory}", Routes.JsonFeed.Path(), historyPage, history)), Routes.JsonFeed.MediaType);

        var updates = FeedEntries.Updates(snapshot, max);
        yield return new OutputFile(Routes.UpdatesAtom.Path(), AtomFeedWriter.Write(Document(snapshot, $"{site.Title}: {text.Updates}", Routes.UpdatesAtom.Path(), historyPage, updates)), Routes.UpdatesAtom.MediaType);

        // Indexed once: looking every incident up for every component grows with components x incidents.
        var incidentsByComponent = snapshot.Content.Incidents
            .SelectMany(i => i.Components.Select(c => (c.ComponentId, Incident: i)).DistinctBy(p => p.ComponentId))
            .ToLookup(p => p.ComponentId, p => p.Incident, StringComparer.Ordinal);
        var maintenanceByComponent = snapshot.Content.Maintenances
            .SelectMany(m => m.ComponentIds.Distinct().Select(id => (Id: id, Maintenance: m)))
            .ToLookup(p => p.Id, p => p.Maintenance, StringComparer.Ordinal);
        foreach (var component in site.Components)
        {
            var entries = FeedEntries.History(snapshot, incidentsByComponent[component.Id], maintenanceByComponent[component.Id], max);
            var path = Routes.ComponentFeed.Path(component.Id);
            yield return new OutputFile(path, AtomFeedWriter.Write(Document(snapshot, $"{site.Title}: {component.Name}", path, Routes.Component.Path(component.Id), entries)), Routes.ComponentFeed.MediaType);
        }
    }

    /// <summary>
    /// For a feed with no entries (a component that never had an incident): the site's latest content change, or the
    /// Unix epoch for a site with no incidents or maintenance at all. Never the build time, which would change the bytes
    /// of every such feed on every build.
    /// </summary>
    private static DateTimeOffset LatestContentChange(SiteSnapshot snapshot) =>
        snapshot.Content.Incidents.Select(ContentTimes.LastChanged)
            .Concat(snapshot.Content.Maintenances.Select(ContentTimes.LastChanged))
            .DefaultIfEmpty(DateTimeOffset.UnixEpoch)
            .Max();

    private static FeedDocument Document(SiteSnapshot snapshot, string title, string selfPath, string alternatePath, IReadOnlyList<FeedEntry> entries) => new()
    {
        // The feed's own URL: a feed is identified by where it lives.
        Id = snapshot.Absolute(selfPath).AbsoluteUri,
        Title = title,
        Description = snapshot.Site.Description,
        Language = snapshot.Site.Language,
        Alternate = snapshot.Absolute(alternatePath),
        Self = snapshot.Absolute(selfPath),
        Updated = entries.Count > 0 ? entries.Max(e => e.Updated) : LatestContentChange(snapshot),
        Author = snapshot.Site.Title,
        GeneratorVersion = snapshot.GeneratorVersion,
        Entries = entries,
    };
}
