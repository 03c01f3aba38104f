using StatusGen.Model;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The history is every incident, newest first, cut into pages of a fixed size: page 1 is history/index.html,
/// page n is history/n.html. No page grows with the total count.
/// </summary>
public static class HistoryPaging
{
    public const int PageSize = 25;

    public static int PageCount(int incidentCount) => Math.Max(1, (incidentCount + PageSize - 1) / PageSize);

    public static IEnumerable<(int Number, IReadOnlyList<Incident> Incidents)> Pages(IReadOnlyList<Incident> incidents)
    {
        var count = PageCount(incidents.Count);
        for (var page = 1; page <= count; page++)
        {
            yield return (page, [.. incidents.Skip((page - 1) * PageSize).Take(PageSize)]);
        }
    }
}
