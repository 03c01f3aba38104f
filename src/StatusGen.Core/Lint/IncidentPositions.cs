using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Lint;

/// <summary>Where a rule points when no update heading fits: the front matter key it is about.</summary>
internal static class IncidentPositions
{
    // Until the loader records front matter positions, the file's first line stands for its front matter.
    public static SourcePosition Started(Incident incident) => incident.Source.At(1, 1);

    public static SourcePosition Resolved(Incident incident) => incident.Source.At(1, 1);
}
