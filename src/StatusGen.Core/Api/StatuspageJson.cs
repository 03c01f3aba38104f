using System.Globalization;
using System.Text.Json;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Model;

namespace StatusGen.Api;

/// <summary>Writes Statuspage v2 objects (page, component, incident, maintenance, status) with its field names. docs/api.md.</summary>
internal sealed class StatuspageJson(SiteSnapshot snapshot, StatuspagePage page)
{
    private string T(DateTimeOffset at) => StatuspageValues.Time(at, page.Zone);

    private void Time(Utf8JsonWriter json, string name, DateTimeOffset? at)
    {
        if (at is { } value)
        {
            json.WriteString(name, T(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    public void Page(Utf8JsonWriter json)
    {
        json.WriteStartObject("page");
        json.WriteString("id", page.Id);
        json.WriteString("name", snapshot.Site.Title);
        json.WriteString("url", snapshot.Site.BaseUrl.AbsoluteUri);
        json.WriteString("time_zone", StatuspageValues.TimeZoneName(page.Zone));
        json.WriteString("updated_at", T(page.UpdatedAt));
        json.WriteEndObject();
    }

    public void Status(Utf8JsonWriter json)
    {
        json.WriteStartObject("status");
        json.WriteString("indicator", snapshot.Status.Indicator.Name());
        json.WriteString("description", StatuspageValues.Description(snapshot.Status.Overall));
        json.WriteEndObject();
    }

    public void Components(Utf8JsonWriter json, IEnumerable<ApiComponent> components) => Array(json, "components", components, Component);

    private void Component(Utf8JsonWriter json, ApiComponent component)
    {
        json.WriteStartObject();
        json.WriteString("id", component.Id);
        json.WriteString("name", component.Name);
        json.WriteString("status", StatuspageValues.Component(component.Status));
        json.WriteString("created_at", T(component.CreatedAt));
        json.WriteString("updated_at", T(component.UpdatedAt));
        json.WriteNumber("position", component.Position);
        if (component.Description is null)
        {
            json.WriteNull("description");
        }
        else
        {
            json.WriteString("description", component.Description);
        }

        json.WriteBoolean("showcase", !component.IsGroup);
        if (component.StartDate is { } start)
        {
            json.WriteString("start_date", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("start_date");
        }

        if (component.GroupId is null)
        {
            json.WriteNull("group_id");
        }
        else
        {
            json.WriteString("group_id", component.GroupId);
        }

        json.WriteString("page_id", page.Id);
        json.WriteBoolean("group", component.IsGroup);
        json.WriteBoolean("only_show_if_degraded", false);
        if (component.IsGroup)
        {
            json.WriteStartArray("components");
            foreach (var id in component.MemberIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public void Incidents(Utf8JsonWriter json, IEnumerable<Incident> incidents) => Array(json, "incidents", incidents, Incident);

    /// <summary>One incident as the property <paramref name="name"/>, as a Statuspage webhook carries it.</summary>
    public void Incident(Utf8JsonWriter json, string name, Incident incident)
    {
        json.WritePropertyName(name);
        Incident(json, incident);
    }

    /// <summary>One maintenance as the property <paramref name="name"/>; Statuspage's webhooks send maintenance as an incident.</summary>
    public void Maintenance(Utf8JsonWriter json, string name, Maintenance maintenance)
    {
        json.WritePropertyName(name);
        Maintenance(json, maintenance);
    }

    private void Incident(Utf8JsonWriter json, Incident incident)
    {
        var id = StatuspageIds.Incident(incident.Slug);
        var monitoring = incident.Updates.Where(u => u.Status == IncidentUpdateStatus.Monitoring).Select(u => (DateTimeOffset?)u.At).Min();
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", incident.Title);
        json.WriteString("status", StatuspageValues.Incident(IncidentProgress.CurrentStatus(incident, snapshot.Now)));
        json.WriteString("impact", incident.Impact.Name());
        json.WriteString("created_at", T(ContentTimes.FirstPosted(incident)));
        json.WriteString("updated_at", T(ContentTimes.LastChanged(incident)));
        json.WriteString("started_at", T(incident.Started));
        Time(json, "monitoring_at", monitoring);
        Time(json, "resolved_at", incident.IsResolvedAt(snapshot.Now) ? incident.Resolved : null);
        json.WriteString("shortlink", snapshot.Absolute(Routes.Incident.Path(incident.Slug)).AbsoluteUri);
        json.WriteString("page_id", page.Id);

        var componentIds = incident.Components.Select(c => c.ComponentId).Where(cid => snapshot.Site.FindComponent(cid) is not null).ToList();
        var updates = incident.Updates
            .Select((u, i) => new ApiUpdate(u.At, StatuspageValues.Incident(IncidentProgress.PhaseOf(incident, i)), u.Status.Name(), u.Body.Markdown))
            .ToList();
        Updates(json, UpdateParent.Incident, incident.Slug, id, updates, componentIds, at => incident.Components.ToDictionary(
            c => c.ComponentId,
            c => StatusGen.Status.StatusResolver.OfAffected(incident, c, at)));
        Components(json, componentIds.Select(page.Component));
        json.WriteEndObject();
    }

    public void Maintenances(Utf8JsonWriter json, IEnumerable<Maintenance> maintenances) => Array(json, "scheduled_maintenances", maintenances, Maintenance);

    private void Maintenance(Utf8JsonWriter json, Maintenance maintenance)
    {
        var id = StatuspageIds.Maintenance(maintenance.Slug);
        var status = IncidentProgress.CurrentStatus(maintenance, snapshot.Now);
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", maintenance.Title);
        json.WriteString("status", StatuspageValues.Maintenance(status));
        json.WriteString("impact", "maintenance");
        json.WriteString("created_at", T(ContentTimes.FirstPosted(maintenance)));
        json.WriteString("updated_at", T(ContentTimes.LastChanged(maintenance)));
        json.WriteString("started_at", T(maintenance.Scheduled));
        json.WriteNull("monitoring_at");
        Time(json, "resolved_at", status == MaintenanceUpdateStatus.Completed ? maintenance.Until : null);
        json.WriteString("shortlink", snapshot.Absolute(Routes.Maintenance.Path(maintenance.Slug)).AbsoluteUri);
        json.WriteString("page_id", page.Id);
        json.WriteString("scheduled_for", T(maintenance.Scheduled));
        json.WriteString("scheduled_until", T(maintenance.Until));

        var componentIds = maintenance.ComponentIds.Where(cid => snapshot.Site.FindComponent(cid) is not null).ToList();
        var updates = maintenance.Updates
            .Select((u, i) => new ApiUpdate(u.At, StatuspageValues.Maintenance(IncidentProgress.PhaseOf(maintenance, i)), u.Status.Name(), u.Body.Markdown))
            .ToList();
        Updates(json, UpdateParent.Maintenance, maintenance.Slug, id, updates, componentIds, at => componentIds.ToDictionary(
            c => c,
            _ => at >= maintenance.Scheduled && at < maintenance.Until ? ComponentStatus.UnderMaintenance : ComponentStatus.Operational));
        Components(json, componentIds.Select(page.Component));
        json.WriteEndObject();
    }

    /// <summary>
    /// Updates newest first. affected_components lists every component of the incident with its status just before
    /// the update (at the previous update, operational before the first) and at the update.
    /// </summary>
    private void Updates(Utf8JsonWriter json, UpdateParent parent, string slug, string parentId, IReadOnlyList<ApiUpdate> updates,
        IReadOnlyList<string> componentIds, Func<DateTimeOffset, Dictionary<string, ComponentStatus>> statusAt)
    {
        var duplicates = new Dictionary<(DateTimeOffset, string), int>();
        var ids = new string[updates.Count];
        for (var i = updates.Count - 1; i >= 0; i--)
        {
            var key = (updates[i].At, updates[i].Heading);
            duplicates[key] = duplicates.GetValueOrDefault(key) + 1;
            ids[i] = StatuspageIds.Update(parent, slug, updates[i].At, updates[i].Heading, duplicates[key]);
        }

        json.WriteStartArray("incident_updates");
        for (var i = 0; i < updates.Count; i++)
        {
            var update = updates[i];
            json.WriteStartObject();
            json.WriteString("id", ids[i]);
            json.WriteString("status", update.Status);
            json.WriteString("body", update.Body);
            json.WriteString("incident_id", parentId);
            json.WriteString("created_at", T(update.At));
            json.WriteString("updated_at", T(update.At));
            json.WriteString("display_at", T(update.At));
            var before = i + 1 < updates.Count ? statusAt(updates[i + 1].At) : null;
            var after = statusAt(update.At);
            json.WriteStartArray("affected_components");
            foreach (var componentId in componentIds)
            {
                var component = page.Component(componentId);
                json.WriteStartObject();
                json.WriteString("code", component.Id);
                json.WriteString("name", component.Name);
                json.WriteString("old_status", StatuspageValues.Component(before?[componentId] ?? ComponentStatus.Operational));
                json.WriteString("new_status", StatuspageValues.Component(after[componentId]));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private sealed record ApiUpdate(DateTimeOffset At, string Status, string Heading, string Body);
}
