using StatusGen.Localization;
using System.Text;
using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Feeds;

/// <summary>Turns incidents and maintenance into feed entries: one per item (history) or one per update.</summary>
internal static class FeedEntries
{
    /// <summary>One entry per incident and per maintenance given, most recently changed first, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<FeedEntry> History(SiteSnapshot snapshot, IEnumerable<Incident> incidents, IEnumerable<Maintenance> maintenances, int max)
    {
        var site = snapshot.Site;
        var text = SiteText.For(site.Language);
        var changedIncidents = incidents.Select(i => (Item: i, Updated: ContentTimes.LastChanged(i))).ToList();
        var changedMaintenances = maintenances.Select(m => (Item: m, Updated: ContentTimes.LastChanged(m))).ToList();
        var cut = Cutoff(changedIncidents.Select(c => c.Updated).Concat(changedMaintenances.Select(c => c.Updated)), max);
        var candidates = changedIncidents
            .Where(c => c.Updated >= cut)
            .Select(c => new Candidate(c.Updated, c.Item.Started, FeedIds.Incident(site, c.Item), () => ForIncident(snapshot, text, c.Item)))
            .Concat(changedMaintenances
                .Where(c => c.Updated >= cut)
                .Select(c => new Candidate(c.Updated, ContentTimes.FirstPosted(c.Item), FeedIds.Maintenance(site, c.Item), () => ForMaintenance(snapshot, text, c.Item))));
        return Newest(candidates, max);
    }

    /// <summary>
    /// The <paramref name="max"/>-th newest time: everything older ranks below at least <paramref name="max"/> others
    /// on the first sort key, so it can never make the feed and needs no id or entry built (on a site with 10,000
    /// incidents that was most of the feeds' time). Ties at the cutoff stay in, so the order is exactly as before.
    /// </summary>
    private static DateTimeOffset Cutoff(IEnumerable<DateTimeOffset> times, int max)
    {
        var all = times.ToArray();
        if (max <= 0 || all.Length <= max)
        {
            return DateTimeOffset.MinValue;
        }

        Array.Sort(all);
        return all[^max];
    }

    private sealed record Candidate(DateTimeOffset Updated, DateTimeOffset Published, string Id, Func<FeedEntry> Build);

    /// <summary>One entry per update of every incident and maintenance, newest first, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<FeedEntry> Updates(SiteSnapshot snapshot, int max)
    {
        var site = snapshot.Site;
        var text = SiteText.For(site.Language);
        var cut = Cutoff(snapshot.Content.Incidents.SelectMany(i => i.Updates.Select(u => u.At))
            .Concat(snapshot.Content.Maintenances.SelectMany(m => m.Updates.Select(u => u.At))), max);
        var candidates = snapshot.Content.Incidents
            .Where(i => i.Updates.Any(u => u.At >= cut))
            .SelectMany(i => UpdateCandidates(snapshot, FeedIds.Incident(site, i), i.Title, Routes.Incident.Path(i.Slug), "incident", cut,
                i.Updates.Reverse().Select(u => (u.At, u.Status.Name(), text.IncidentStatuses[u.Status], u.Body.Html))))
            .Concat(snapshot.Content.Maintenances
                .Where(m => m.Updates.Any(u => u.At >= cut))
                .SelectMany(m => UpdateCandidates(snapshot, FeedIds.Maintenance(site, m), m.Title, Routes.Maintenance.Path(m.Slug), "maintenance", cut,
                    m.Updates.Reverse().Select(u => (u.At, u.Status.Name(), text.MaintenanceStatuses[u.Status], u.Body.Html)))));
        return Newest(candidates, max);
    }

    /// <summary>
    /// One candidate per update of one incident or maintenance at or after <paramref name="cut"/>. Ids are numbered
    /// over all of its updates, given oldest first, so that the rare exact duplicate (same time and status) gets its
    /// "-2" suffix after the original whatever the cut.
    /// </summary>
    private static IEnumerable<Candidate> UpdateCandidates(SiteSnapshot snapshot, string parent, string title, string path, string category,
        DateTimeOffset cut, IEnumerable<(DateTimeOffset At, string StatusName, string Status, string Html)> oldestFirst)
    {
        var ids = new UpdateIdSequence(parent);
        var link = snapshot.Absolute(path);
        foreach (var (at, statusName, status, html) in oldestFirst)
        {
            var id = ids.Next(at, statusName);
            if (at >= cut)
            {
                yield return new Candidate(at, at, id, () => UpdateEntry(id, $"{title}: {status}", link, at, category,
                    $"{status} · {FeedText.Time(snapshot.Site, at)}", html));
            }
        }
    }

    private static FeedEntry UpdateEntry(string id, string title, Uri link, DateTimeOffset at, string category, string summary, string html) => new()
    {
        Id = id,
        Title = title,
        Link = link,
        Published = at,
        Updated = at,
        Category = category,
        Summary = summary,
        ContentHtml = html,
    };

    /// <summary>Orders and cuts on cheap keys first: the entries (and their HTML) are built only for what makes it into the feed.</summary>
    private static IReadOnlyList<FeedEntry> Newest(IEnumerable<Candidate> candidates, int max) =>
        [.. candidates
            .OrderByDescending(c => c.Updated)
            .ThenByDescending(c => c.Published)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, max))
            .Select(c => c.Build())];

    private static FeedEntry ForIncident(SiteSnapshot snapshot, SiteText text, Incident incident)
    {
        var site = snapshot.Site;
        var status = text.IncidentStatuses[IncidentProgress.CurrentStatus(incident, snapshot.Now)];
        var summary = $"{status} · {text.Impact}: {text.Impacts[incident.Impact]}";
        var html = new StringBuilder();
        html.Append("<p><strong>").Append(Encode(status)).Append("</strong> · ")
            .Append(Encode(text.Impact)).Append(": ").Append(Encode(text.Impacts[incident.Impact]));
        AppendComponents(html, site, text, incident.Components.Select(c => c.ComponentId));
        html.Append("</p>\n");
        AppendSummary(html, incident.Summary);
        foreach (var update in incident.Updates)
        {
            AppendUpdate(html, site, text.IncidentStatuses[update.Status], update.At, update.Body);
        }

        return new FeedEntry
        {
            Id = FeedIds.Incident(site, incident),
            Title = incident.Title,
            Link = snapshot.Absolute(Routes.Incident.Path(incident.Slug)),
            Published = incident.Started,
            Updated = ContentTimes.LastChanged(incident),
            Category = "incident",
            Summary = summary,
            ContentHtml = html.ToString(),
        };
    }

    private static FeedEntry ForMaintenance(SiteSnapshot snapshot, SiteText text, Maintenance maintenance)
    {
        var site = snapshot.Site;
        var status = text.MaintenanceStatuses[IncidentProgress.CurrentStatus(maintenance, snapshot.Now)];
        var window = $"{FeedText.Time(site, maintenance.Scheduled)} – {FeedText.Time(site, maintenance.Until)}";
        var html = new StringBuilder();
        html.Append("<p><strong>").Append(Encode(status)).Append("</strong> · ")
            .Append(Encode(text.Window)).Append(": ").Append(Encode(window));
        AppendComponents(html, site, text, maintenance.ComponentIds);
        html.Append("</p>\n");
        AppendSummary(html, maintenance.Summary);
        foreach (var update in maintenance.Updates)
        {
            AppendUpdate(html, site, text.MaintenanceStatuses[update.Status], update.At, update.Body);
        }

        return new FeedEntry
        {
            Id = FeedIds.Maintenance(site, maintenance),
            Title = $"{text.Maintenance}: {maintenance.Title}",
            Link = snapshot.Absolute(Routes.Maintenance.Path(maintenance.Slug)),
            Published = ContentTimes.FirstPosted(maintenance),
            Updated = ContentTimes.LastChanged(maintenance),
            Category = "maintenance",
            Summary = $"{status} · {text.Window}: {window}",
            ContentHtml = html.ToString(),
        };
    }

    private static void AppendComponents(StringBuilder html, SiteConfig site, SiteText text, IEnumerable<string> ids)
    {
        var names = ids.Select(id => site.FindComponent(id)?.Name ?? id).ToList();
        if (names.Count > 0)
        {
            html.Append(" · ").Append(Encode(text.Affected)).Append(": ").Append(Encode(string.Join(", ", names)));
        }
    }

    private static void AppendSummary(StringBuilder html, MarkdownText summary)
    {
        if (!summary.IsEmpty)
        {
            html.Append(summary.Html).Append('\n');
        }
    }

    private static void AppendUpdate(StringBuilder html, SiteConfig site, string status, DateTimeOffset at, MarkdownText body)
    {
        html.Append("<h3>").Append(Encode(status)).Append(" · <time datetime=\"")
            .Append(Rfc3339(at)).Append("\">").Append(Encode(FeedText.Time(site, at))).Append("</time></h3>\n");
        if (!body.IsEmpty)
        {
            html.Append(body.Html).Append('\n');
        }
    }

    internal static string Rfc3339(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Escapes markup characters only; WebUtility.HtmlEncode would also turn "ö" into "&amp;#246;".</summary>
    internal static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Hands out update ids under one parent, numbering exact duplicates (same time and status).</summary>
    private sealed class UpdateIdSequence(string parent)
    {
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

        public string Next(DateTimeOffset at, string status)
        {
            var key = FeedIds.Update(parent, at, status, 1);
            seen[key] = seen.GetValueOrDefault(key) + 1;
            return FeedIds.Update(parent, at, status, seen[key]);
        }
    }
}
