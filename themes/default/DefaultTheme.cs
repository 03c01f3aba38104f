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
public sealed class DefaultTheme : IPlannedOutput, IOutputCheck
{
    // The default theme's templates were compiled with the tool (build/StatusGen.ThemePrecompiler): one renderer for the
    // process runs them directly (Rendering/DirectRenderer.cs), and a default-theme build never compiles a template or
    // loads Roslyn.
    private static readonly Lazy<PageRenderer> DefaultRenderer = new(() => new PageRenderer(new Engine.TemplateTable(Engine.DefaultTemplates.Factories)));

    private readonly PageRenderer? renderer;
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
        renderer = engine is null ? null : new PageRenderer(engine);
    }

    /// <summary>The languages the theme has a translation file for: the values site.yml's <c>language</c> may take.</summary>
    public static IReadOnlyList<string> Languages => Translations.Languages;

    public string Name => "theme";

    /// <summary>The folder diagnostics show template paths relative to (the CLI's working folder); null for the process's.</summary>
    public string? DisplayBase { get; init; }

    /// <summary>Where a site's own templates are kept compiled; null for .statusgen/cache beside site.yml (Engine/SiteTemplates.cs).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The site's own templates (site.yml theme.path), compiled: their errors are content errors. Without
    /// templates of its own a site has nothing to check, and `check` then loads no part of the template engine.</summary>
    public System.Collections.Immutable.ImmutableArray<Diagnostics.Diagnostic> Check(SiteContent content, string displayBase) =>
        content.Site.Theme.Path is null ? [] : Engine.SiteTemplates.Load(content, displayBase, CacheDirectory).Diagnostics;

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var plan = Prepare(snapshot);
        foreach (var file in plan.Assets.Files)
        {
            yield return file;
        }

        // Pages are independent, so they render on every core, in the list's order, a window at a time: each page is
        // handed on (to the publisher, which writes it) while the next window renders, so a site of any size holds a
        // few hundred pages, not all of them. Within a window pages are handed out as threads come free, so a slow page
        // does not hold up a fixed share of the others. A page that fails in one of the site's templates is a content
        // error, reported with every other such failure once all pages are done (the staging folder is then never
        // swapped in); any other failure is StatusGen's and stops the build.
        var pages = plan.Pages;
        var failures = new Engine.RenderFailures();
        foreach (var page in ParallelWork.InOrder(pages.Count, i => RenderOrExplain(pages[i], plan.Templates, failures)))
        {
            if (page is not null)
            {
                yield return page;
            }
        }

        if (failures.ToImmutable() is { IsEmpty: false } errors)
        {
            throw new RenderDiagnosticsException(errors);
        }
    }

    /// <summary>The same files as <see cref="Generate"/>, the assets made, every page deferred (the preview renders a page when it is asked for).</summary>
    public IReadOnlyList<PlannedFile> Plan(SiteSnapshot snapshot)
    {
        var plan = Prepare(snapshot);
        return
        [
            .. plan.Assets.Files.Select(file => new PlannedFile(file.Path, () => file)),
            .. plan.Pages.Select(page => new PlannedFile(page.Path, () => RenderOrThrow(page, plan.Templates))),
        ];
    }

    private sealed record ThemePlan(ThemeAssets Assets, List<(string Path, Func<OutputFile> Render)> Pages, Engine.ThemeTemplates? Templates);

    /// <summary>What every page needs before one renders: the assets, the site's own templates (their errors stop here), the page list.</summary>
    private ThemePlan Prepare(SiteSnapshot snapshot)
    {
        var assets = ThemeAssets.Create(snapshot.Site, path => readContentFile(snapshot.Content, path));
        var theme = new ThemeContext(snapshot, assets);

        // The site's own templates (site.yml theme.path) replace the default ones of the same key; without them, or
        // with an engine given by a test, the precompiled default theme renders alone.
        var templates = renderer is null && snapshot.Site.Theme.Path is not null
            ? Engine.SiteTemplates.Load(snapshot.Content, DisplayBase ?? Directory.GetCurrentDirectory(), CacheDirectory)
            : null;
        if (templates is { HasErrors: true })
        {
            throw new RenderDiagnosticsException(templates.Diagnostics);
        }

        var pageRenderer = renderer ?? (templates?.Assembly is null ? DefaultRenderer.Value : new PageRenderer(ThemeEngine.Create(templates.Table)));
        return new ThemePlan(assets, Pages(snapshot, theme, pageRenderer), templates);
    }

    /// <summary>The page, or the content error of the site's template that failed to render it.</summary>
    private static OutputFile RenderOrThrow((string Path, Func<OutputFile> Render) page, Engine.ThemeTemplates? templates)
    {
        try
        {
            return page.Render();
        }
        catch (Exception e) when (templates?.Explain(e, page.Path) is { } diagnostic)
        {
            throw new RenderDiagnosticsException([diagnostic]);
        }
    }

    /// <summary>The page, or null after recording why one of the site's templates failed to render it.</summary>
    private static OutputFile? RenderOrExplain((string Path, Func<OutputFile> Render) page, Engine.ThemeTemplates? templates, Engine.RenderFailures failures)
    {
        try
        {
            return page.Render();
        }
        catch (Exception e) when (templates?.Explain(e, page.Path) is { } diagnostic)
        {
            failures.Add(diagnostic, e.GetType().Name);
            return null;
        }
    }

    /// <summary>Every page of the site, as the path it writes and a deferred render, in the order they are listed.</summary>
    private static List<(string Path, Func<OutputFile> Render)> Pages(SiteSnapshot snapshot, ThemeContext theme, PageRenderer renderer)
    {
        // The model is made when the page renders, on the thread that renders it.
        (string, Func<OutputFile>) Page<TModel>(string key, string sitePath, Func<string, TModel> model)
            where TModel : PageModel
        {
            var path = SitePaths.File(sitePath);
            return (path, () => new OutputFile(path, renderer.Render(key, model(path)), MediaTypes.Html));
        }

        var pages = new List<(string Path, Func<OutputFile> Render)>
        {
            Page("Pages/Home", SitePaths.Home, path => new HomePageModel(theme, path)),
            Page("Pages/Uptime", SitePaths.Uptime, path => new UptimePageModel(theme, path)),
            Page("Pages/MaintenanceIndex", SitePaths.MaintenanceIndex, path => new MaintenanceIndexPageModel(theme, path)),
            Page("Pages/NotFound", SitePaths.NotFound, path => new NotFoundPageModel(theme, path)),
        };

        var incidents = snapshot.Content.Incidents;
        var pageCount = HistoryPaging.PageCount(incidents.Count);
        foreach (var (number, slice) in HistoryPaging.Pages(incidents))
        {
            pages.Add(Page("Pages/History", SitePaths.HistoryPage(number), path => new HistoryPageModel(theme, path, number, pageCount, slice)));
        }

        pages.AddRange(incidents.Select(incident =>
            Page("Pages/Incident", SitePaths.Incident(incident.Slug), path => new IncidentPageModel(theme, path, incident))));
        pages.AddRange(snapshot.Content.Maintenances.Select(maintenance =>
            Page("Pages/Maintenance", SitePaths.Maintenance(maintenance.Slug), path => new MaintenancePageModel(theme, path, maintenance))));
        pages.AddRange(snapshot.Site.Components.Select(component =>
            Page("Pages/Component", SitePaths.Component(component.Id), path => new ComponentPageModel(theme, path, component))));
        return pages;
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
