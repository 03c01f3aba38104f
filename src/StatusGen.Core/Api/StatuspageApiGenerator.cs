using System.Text.Json;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Model;

namespace StatusGen.Api;

/// <summary>
/// The public Statuspage v2 API as static files under api/v2/, so existing clients work unchanged against a static
/// host. Field meanings and the mapping from our content: docs/api.md.
/// </summary>
public sealed class StatuspageApiGenerator : IOutputGenerator
{
    /// <summary>Statuspage lists "the 50 most recent" incidents and maintenances.</summary>
    public const int ListLimit = 50;

    public string Name => "api";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var page = StatuspagePage.From(snapshot);
        var api = new StatuspageJson(snapshot, page);
        var status = snapshot.Status;
        var recentIncidents = snapshot.Content.Incidents.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal).Take(ListLimit).ToList();
        var recentMaintenance = snapshot.Content.Maintenances.OrderByDescending(m => m.Scheduled).ThenBy(m => m.Slug, StringComparer.Ordinal).Take(ListLimit).ToList();
        var scheduled = status.InProgressMaintenance.Concat(status.UpcomingMaintenance).OrderBy(m => m.Scheduled).ThenBy(m => m.Slug, StringComparer.Ordinal).ToList();

        yield return File(Routes.ApiSummary, api, json =>
        {
            api.Components(json, page.Components);
            api.Incidents(json, status.ActiveIncidents);
            api.Maintenances(json, scheduled);
            api.Status(json);
        });
        yield return File(Routes.ApiStatus, api, api.Status);
        yield return File(Routes.ApiComponents, api, json => api.Components(json, page.Components));
        yield return File(Routes.ApiIncidents, api, json => api.Incidents(json, recentIncidents));
        yield return File(Routes.ApiUnresolved, api, json => api.Incidents(json, status.ActiveIncidents));
        yield return File(Routes.ApiMaintenances, api, json => api.Maintenances(json, recentMaintenance));
        yield return File(Routes.ApiUpcoming, api, json => api.Maintenances(json, status.UpcomingMaintenance));
        yield return File(Routes.ApiActive, api, json => api.Maintenances(json, status.InProgressMaintenance));
    }

    private static OutputFile File(Route route, StatuspageJson api, Action<Utf8JsonWriter> body) =>
        new(route.Path(), JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            api.Page(json);
            body(json);
            json.WriteEndObject();
        }), route.MediaType);
}
