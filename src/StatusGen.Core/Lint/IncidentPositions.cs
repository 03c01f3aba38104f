using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Lint;

/// <summary>Where a rule points when no update heading fits: the front matter key it is about.</summary>
internal static class IncidentPositions
{
    public static SourcePosition Started(Incident incident) =>
        incident.SourceMap?.Started ?? incident.Source.At(1, 1);

    public static SourcePosition Resolved(Incident incident) =>
        incident.SourceMap?.Resolved ?? incident.SourceMap?.FrontMatter ?? incident.Source.At(1, 1);
}
