using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Import;

/// <summary>
/// What an import does with an incident the old tool never marked resolved (docs/import.md). One whose last
/// activity is within <see cref="KeepOngoingFor"/> of the import's time stays ongoing: it may really be going on.
/// An older one is closed at its recorded resolution time, else its last activity; no public update is invented for
/// that (the old page said nothing either). Either way SG0602 tells the user to review it.
/// </summary>
internal static class UnresolvedPolicy
{
    public static readonly TimeSpan KeepOngoingFor = TimeSpan.FromDays(7);

    public static ImportedIncident Apply(
        ImportedIncident incident, DateTimeOffset? recordedResolution, DateTimeOffset now, string origin, SourcePosition at, DiagnosticList diagnostics)
    {
        var lastActivity = incident.Updates.Select(u => u.At).Append(incident.Started).Max();
        if (now - lastActivity <= KeepOngoingFor)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportUnresolved,
                at,
                $"'{incident.Title}' is not resolved in {origin} and was active within the last {KeepOngoingFor.Days} days; imported as ongoing",
                $"if it is over, run: statusgen resolve {incident.Slug} --message \"...\"");
            return incident;
        }

        var resolved = recordedResolution is { } r && r >= lastActivity ? r : lastActivity;
        diagnostics.Warning(
            DiagnosticCodes.ImportUnresolved,
            at,
            FormattableString.Invariant($"'{incident.Title}' was never marked resolved in {origin}; imported as resolved at {resolved:yyyy-MM-dd HH:mm zzz} ({(resolved == recordedResolution ? "its recorded resolution time" : "its last update")})"),
            "check the time; add a Resolved update with 'statusgen update' if visitors should read why");
        return incident with { Resolved = resolved };
    }
}
