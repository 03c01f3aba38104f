using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>A cState issue marked as planned maintenance, as a maintenance window: from its date to its resolution.</summary>
internal static class CstateMaintenance
{
    public static ImportedMaintenance Convert(CstateIssue issue, ISet<string> slugs, DiagnosticList diagnostics)
    {
        var (file, front) = (issue.File, issue.File.FrontMatter);
        var until = Bool(Get(front, "resolved")) == true ? HugoDates.Parse(Text(Get(front, "resolvedWhen")), issue.Zone) ?? issue.LastActivity : issue.LastActivity;
        if (until <= issue.Started)
        {
            until = issue.Started.AddHours(1);
            diagnostics.Warning(DiagnosticCodes.ImportMissingField, file.Start, $"the maintenance '{issue.Title}' has no end after its start; the window is one hour long",
                "correct 'until' in the imported file");
        }

        return new ImportedMaintenance
        {
            Slug = Slug.Unique(issue.SlugStem, slugs),
            Title = issue.Title,
            Scheduled = issue.Started,
            Until = until,
            ComponentIds = issue.ComponentIds,
            Summary = issue.Summary,
            Updates = [.. issue.Updates.Select(u => new ImportedMaintenanceUpdate(u.At, StatusOf(u.Label), u.Text))],
            Aliases = issue.Aliases,
        };
    }

    private static MaintenanceUpdateStatus StatusOf(string? label) => label switch
    {
        "scheduled" => MaintenanceUpdateStatus.Scheduled,
        "in progress" or "investigating" or "identified" => MaintenanceUpdateStatus.InProgress,
        "verifying" or "monitoring" => MaintenanceUpdateStatus.Verifying,
        "completed" or "resolved" or "fixed" => MaintenanceUpdateStatus.Completed,
        _ => MaintenanceUpdateStatus.Update,
    };
}
