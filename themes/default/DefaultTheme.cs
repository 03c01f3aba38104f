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

        // Pages are independent, so they render on every core, in the list's order, a window at a time: each page is
        // handed on (to the publisher, which writes it) while the next window renders, so a site of any size holds a
        // few hundred pages, not all of them. Within a window pages are handed out as threads come free, so a slow page
        // does not hold up a fixed share of the others; a failing page reports its own error.
        var pages = Pages(snapshot, theme);
        foreach (var page in ParallelWork.InOrder(pages.Count, i => pages[i]()))
        {
            yield return page;
        }
    }

    /// <summary>Every page of the site, as a deferred render, in the order they are listed.</summary>
    private List<Func<OutputFile>> Pages(SiteSnapshot snapshot, ThemeContext theme)
    {
        var pages = new List<Func<OutputFile>>
        {
            () => Page<HomePage>(theme, SitePaths.Home),
            () => Page<UptimePage>(theme, SitePaths.Uptime),
            () => Page<MaintenanceIndexPage>(theme, SitePaths.MaintenanceIndex),
            () => Page<NotFoundPage>(theme, SitePaths.NotFound, rootRelative: true),
        };

        var incidents = snapshot.Content.Incidents;
        var pageCount = HistoryPaging.PageCount(incidents.Count);
        foreach (var (number, slice) in HistoryPaging.Pages(incidents))
        {
            pages.Add(() => Page<HistoryPage>(theme, SitePaths.HistoryPage(number), new()
            {
                [nameof(HistoryPage.Number)] = number,
                [nameof(HistoryPage.Count)] = pageCount,
                [nameof(HistoryPage.Incidents)] = slice,
            }));
        }

        pages.AddRange(incidents.Select(incident => (Func<OutputFile>)(() =>
            Page<IncidentPage>(theme, SitePaths.Incident(incident.Slug), new() { [nameof(IncidentPage.Incident)] = incident }))));
        pages.AddRange(snapshot.Content.Maintenances.Select(maintenance => (Func<OutputFile>)(() =>
            Page<MaintenancePage>(theme, SitePaths.Maintenance(maintenance.Slug), new() { [nameof(MaintenancePage.Maintenance)] = maintenance }))));
        pages.AddRange(snapshot.Site.Components.Select(component => (Func<OutputFile>)(() =>
            Page<ComponentPage>(theme, SitePaths.Component(component.Id), new() { [nameof(ComponentPage.Component)] = component }))));
        return pages;
    }

    private OutputFile Page<TPage>(ThemeContext theme, string sitePath, Dictionary<string, object?>? parameters = null, bool rootRelative = false)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var path = SitePaths.File(sitePath);
        parameters ??= [];
        parameters["Page"] = new PageContext { Theme = theme, Path = path, RootRelative = rootRelative };
        return new OutputFile(path, renderer.Render<TPage>(parameters), MediaTypes.Html);
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
