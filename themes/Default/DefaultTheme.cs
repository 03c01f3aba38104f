using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Themes.Default.Assets;
using StatusGen.Themes.Default.Localization;
using StatusGen.Themes.Default.Pages;
using StatusGen.Themes.Default.Rendering;

namespace StatusGen.Themes.Default;

/// <summary>
/// The default theme: every HTML page and its fingerprinted assets. Pure apart from reading the two files
/// site.yml's theme section names (logo, extra CSS) from the content folder; same snapshot, same bytes.
/// </summary>
public sealed class DefaultTheme : IOutputGenerator
{
    private readonly PageRenderer renderer = new();
    private readonly Func<SiteContent, string, byte[]> readContentFile;

    public DefaultTheme()
        : this(ReadFromContentRoot)
    {
    }

    /// <param name="readContentFile">Reads a file named relative to the content folder; tests pass an in-memory one.</param>
    public DefaultTheme(Func<SiteContent, string, byte[]> readContentFile)
    {
        this.readContentFile = readContentFile;
    }

    /// <summary>The languages the theme has a translation file for: the values site.yml's <c>language</c> may take.</summary>
    public static IReadOnlyList<string> Languages => Translations.Languages;

    public string Name => "theme";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var assets = ThemeAssets.Create(snapshot.Site, path => readContentFile(snapshot.Content, path));
        var theme = new ThemeContext(snapshot, assets);
        foreach (var file in assets.Files)
        {
            yield return file;
        }

        yield return Page<HomePage>(theme, SitePaths.Home);
        yield return Page<UptimePage>(theme, SitePaths.Uptime);
        yield return Page<MaintenanceIndexPage>(theme, SitePaths.MaintenanceIndex);
        yield return Page<NotFoundPage>(theme, SitePaths.NotFound, rootRelative: true);

        var incidents = snapshot.Content.Incidents;
        var pageCount = HistoryPaging.PageCount(incidents.Count);
        foreach (var (number, slice) in HistoryPaging.Pages(incidents))
        {
            yield return Page<HistoryPage>(theme, SitePaths.HistoryPage(number), new()
            {
                [nameof(HistoryPage.Number)] = number,
                [nameof(HistoryPage.Count)] = pageCount,
                [nameof(HistoryPage.Incidents)] = slice,
            });
        }

        // Incident pages are most of the work on a large site: render them on every core, in a stable order.
        var incidentPages = incidents
            .AsParallel()
            .AsOrdered()
            .Select(incident => Page<IncidentPage>(theme, SitePaths.Incident(incident.Slug), new() { [nameof(IncidentPage.Incident)] = incident }));
        foreach (var page in incidentPages)
        {
            yield return page;
        }

        foreach (var maintenance in snapshot.Content.Maintenances)
        {
            yield return Page<MaintenancePage>(theme, SitePaths.Maintenance(maintenance.Slug), new() { [nameof(MaintenancePage.Maintenance)] = maintenance });
        }

        foreach (var component in snapshot.Site.Components)
        {
            yield return Page<ComponentPage>(theme, SitePaths.Component(component.Id), new() { [nameof(ComponentPage.Component)] = component });
        }
    }

    private OutputFile Page<TPage>(ThemeContext theme, string sitePath, Dictionary<string, object?>? parameters = null, bool rootRelative = false)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var path = SitePaths.File(sitePath);
        parameters ??= [];
        parameters["Page"] = new PageContext { Theme = theme, Path = path, RootRelative = rootRelative };
        return OutputFile.Text(path, renderer.Render<TPage>(parameters), MediaTypes.Html);
    }

    private static byte[] ReadFromContentRoot(SiteContent content, string relativePath)
    {
        var root = Path.GetFullPath(content.ContentRoot);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The theme file '{relativePath}' lies outside the content folder.");
        }

        return File.ReadAllBytes(full);
    }
}
