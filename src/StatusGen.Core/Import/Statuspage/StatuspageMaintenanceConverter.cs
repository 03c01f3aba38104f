using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Import.Statuspage;

/// <summary>
/// A Statuspage scheduled maintenance (an entry with <c>scheduled_for</c>, or impact <c>maintenance</c>) as one of our
/// maintenance windows: from <c>scheduled_for</c> to <c>scheduled_until</c>, with its updates.
/// </summary>
internal static class StatuspageMaintenanceConverter
{
    public static bool IsMaintenance(StatuspageIncident source) =>
        source.ScheduledFor is not null || string.Equals(source.Impact, "maintenance", StringComparison.OrdinalIgnoreCase);

    public static ImportedMaintenance Convert(
        StatuspageFile.Entry<StatuspageIncident> entry, StatuspageComponents components, TimeZoneInfo timeZone, ISet<string> slugs, DiagnosticList diagnostics)
    {
        var (source, at) = (entry.Value, entry.At);
        var title = string.IsNullOrWhiteSpace(source.Name) ? $"Maintenance {source.Id}" : source.Name.Trim();
        var updates = StatuspageIncidentConverter.Updates(entry, diagnostics);
        var scheduled = source.ScheduledFor ?? source.StartedAt ?? source.CreatedAt ?? updates.Select(u => u.At).Min();
        var until = source.ScheduledUntil ?? source.ResolvedAt ?? updates.Select(u => u.At).Max();
        if (scheduled is null)
        {
            scheduled = until ?? DateTimeOffset.UnixEpoch;
            diagnostics.Warning(DiagnosticCodes.ImportMissingField, at, $"maintenance {source.Id} ('{title}') has no scheduled_for, created_at or update time; check 'scheduled' in the imported file",
                "correct 'scheduled' and 'until' in the imported file");
        }

        if (until is null || until <= scheduled)
        {
            until = scheduled.Value.AddHours(1);
            diagnostics.Warning(DiagnosticCodes.ImportMissingField, at, $"maintenance {source.Id} ('{title}') has no end after its start; the window is one hour long",
                "correct 'until' in the imported file");
        }

        var ids = (source.Components ?? []).OfType<StatuspageComponent>().Where(c => !string.IsNullOrEmpty(c.Id)).Select(c => (Id: c.Id!, c.Name))
            .Concat(updates.SelectMany(u => (u.AffectedComponents ?? []).OfType<StatuspageAffected>()).Where(a => !string.IsNullOrEmpty(a.Code)).Select(a => (Id: a.Code!, a.Name)))
            .DistinctBy(c => c.Id)
            .Select(c => components.IdOf(c.Id, c.Name, at, diagnostics))
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            ids.Add(components.General());
        }

        var local = TimeZoneInfo.ConvertTime(scheduled.Value, timeZone);
        var alias = AliasField.Normalize($"/incidents/{source.Id}");
        return new ImportedMaintenance
        {
            Slug = Slug.Unique(FormattableString.Invariant($"{local:yyyy-MM-dd}-{Slug.From(title, "maintenance")}"), slugs),
            Title = title,
            Scheduled = scheduled.Value,
            Until = until.Value,
            ComponentIds = ids,
            Updates = [.. updates.Select(u => new ImportedMaintenanceUpdate(u.At!.Value, Status(u.Status), HtmlToMarkdown.Convert(u.Body ?? "")))],
            Aliases = alias is null ? [] : [alias],
        };
    }

    private static MaintenanceUpdateStatus Status(string? status) => status?.ToLowerInvariant() switch
    {
        "scheduled" => MaintenanceUpdateStatus.Scheduled,
        "in_progress" => MaintenanceUpdateStatus.InProgress,
        "verifying" => MaintenanceUpdateStatus.Verifying,
        "completed" or "resolved" => MaintenanceUpdateStatus.Completed,
        _ => MaintenanceUpdateStatus.Update,
    };
}
