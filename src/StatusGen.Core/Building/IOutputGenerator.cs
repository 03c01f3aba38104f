namespace StatusGen.Building;

/// <summary>
/// Turns the computed site into files: the theme's pages, a feed, the JSON API.
/// Generators are pure: same snapshot, same bytes. They never touch the file system.
/// </summary>
public interface IOutputGenerator
{
    /// <summary>Short name used when a generator fails, e.g. "theme", "rss".</summary>
    string Name { get; }

    IEnumerable<OutputFile> Generate(SiteSnapshot snapshot);
}
