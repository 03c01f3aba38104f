using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Themes.Default.Assets;
using StatusGen.Themes.Default.Localization;
using StatusGen.Themes.Default.Models;
using StatusGen.Themes.Default.Rendering;

namespace StatusGen.Themes.Default;

/// <summary>
/// The default theme: every HTML page and its fingerprinted assets. Pure apart from reading the two files
/// site.yml's theme section names (logo, extra CSS) from the content folder; same snapshot, same bytes.
/// </summary>
public sealed class DefaultTheme : IOutputGenerator
{
    // One engine for the process: it keeps the compiled templates, and compiling them again per build (or per test)
    // would be the most expensive thing the theme does.
    private static readonly Lazy<RazorLight.RazorLightEngine> SharedEngine = new(() => ThemeEngine.Create());

    private readonly PageRenderer renderer;
    private readonly Func<SiteContent, string, byte[]> readContentFile;

    public DefaultTheme()
        : this(ReadFromContentRoot)
    {
    }

    /// <param name="readContentFile">Reads a file named relative to the content folder; tests pass an in-memory one.</param>
    /// <param name="engine">The engine that renders the templates (<see cref="ThemeEngine.Create"/>); null for the default theme's.</param>
    public DefaultTheme(Func<SiteContent, string, byte[]> readContentFile, RazorLight.RazorLightEngine? engine = null)
    {
        this.readContentFile = readContentFile;
        renderer = new PageRenderer(engine ?? SharedEngine.Value);
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

        // Pages are independent, so they render on every core, each into its own slot: the list keeps their order
        // stable. Pages are handed out as threads come free, so a slow page (the home page, a long history page)
        // does not hold up a fixed share of the others; a failing page reports its own error.
        var pages = Pages(snapshot, theme);
        var rendered = new OutputFile[pages.Count];
        ParallelWork.For(pages.Count, i => rendered[i] = pages[i]());

        foreach (var page in rendered)
        {
            yield return page;
        }
    }

    /// <summary>Every page of the site, as a deferred render, in the order they are listed.</summary>
    private List<Func<OutputFile>> Pages(SiteSnapshot snapshot, ThemeContext theme)
    {
        var pages = new List<Func<OutputFile>>
        {
            () => Page("Pages/Home", new HomePageModel(theme, SitePaths.File(SitePaths.Home))),
            () => Page("Pages/Uptime", new UptimePageModel(theme, SitePaths.File(SitePaths.Uptime))),
            () => Page("Pages/MaintenanceIndex", new MaintenanceIndexPageModel(theme, SitePaths.File(SitePaths.MaintenanceIndex))),
            () => Page("Pages/NotFound", new NotFoundPageModel(theme, SitePaths.File(SitePaths.NotFound))),
        };

        var incidents = snapshot.Content.Incidents;
        var pageCount = HistoryPaging.PageCount(incidents.Count);
        foreach (var (number, slice) in HistoryPaging.Pages(incidents))
        {
            pages.Add(() => Page("Pages/History", new HistoryPageModel(theme, SitePaths.File(SitePaths.HistoryPage(number)), number, pageCount, slice)));
        }

        pages.AddRange(incidents.Select(incident => (Func<OutputFile>)(() =>
            Page("Pages/Incident", new IncidentPageModel(theme, SitePaths.File(SitePaths.Incident(incident.Slug)), incident)))));
        pages.AddRange(snapshot.Content.Maintenances.Select(maintenance => (Func<OutputFile>)(() =>
            Page("Pages/Maintenance", new MaintenancePageModel(theme, SitePaths.File(SitePaths.Maintenance(maintenance.Slug)), maintenance)))));
        pages.AddRange(snapshot.Site.Components.Select(component => (Func<OutputFile>)(() =>
            Page("Pages/Component", new ComponentPageModel(theme, SitePaths.File(SitePaths.Component(component.Id)), component)))));
        return pages;
    }

    /// <summary>One page: the template of <paramref name="key"/> rendered with its model, written at the model's path.</summary>
    private OutputFile Page<TModel>(string key, TModel model)
        where TModel : PageModel =>
        new(model.Path, renderer.Render(key, model), MediaTypes.Html);

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
