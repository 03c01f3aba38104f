using Microsoft.AspNetCore.Html;
using StatusGen.Building;
using StatusGen.Model;
using StatusGen.Status;
using StatusGen.Themes.Default.Assets;
using StatusGen.Themes.Default.Formatting;
using StatusGen.Themes.Default.Localization;
using StatusGen.Themes.Default.Rendering;

namespace StatusGen.Themes.Default.Models;

/// <summary>
/// What every template receives, whatever the page: the site, its state, the language's strings and formats, and the
/// helpers for links and the small pieces of markup that appear many times on a page. The layout and the partials
/// that need nothing else take the page's model as it is. This is the public template contract (docs/theme.md):
/// add to it, do not change what is here.
/// </summary>
/// <remarks>A class, not a record: it caches what every link on the page needs.</remarks>
public abstract class PageModel
{
    private string? root;
    private Uri? canonical;

    private protected PageModel(ThemeContext theme, string path, bool rootRelative = false)
    {
        Theme = theme;
        Path = path;
        RootRelative = rootRelative;
    }

    /// <summary>What all pages of one build share (indexes by slug and component; for the theme's own use).</summary>
    public ThemeContext Theme { get; }

    /// <summary>Output path, e.g. "incidents/2026-11-10-api/index.html".</summary>
    public string Path { get; }

    /// <summary>Set for pages served at unknown depths (404.html): links become root-relative paths from baseUrl.</summary>
    public bool RootRelative { get; }

    /// <summary>The page's own title; the layout appends the site's title. Null on the home page.</summary>
    public virtual string? Title => null;

    /// <summary>The page's description (meta and Open Graph); the site's description when null.</summary>
    public virtual string? Description => null;

    /// <summary>The page shows the status banner, and with it the note that the page may be out of date.</summary>
    public virtual bool HasBanner => false;

    /// <summary>The page language's strings (the language file); short because templates use it on almost every line.</summary>
    public UiStrings T => Theme.Strings;

    /// <summary>Dates, times, numbers and status words in the page's language and the site's time zone.</summary>
    public SiteFormat F => Theme.Format;

    public SiteSnapshot Snapshot => Theme.Snapshot;
    public SiteConfig Site => Theme.Site;

    /// <summary>The one resolver's verdict on the site, each component and each incident (StatusResolver).</summary>
    public SiteStatus Status => Theme.Snapshot.Status;

    /// <summary>The build's injected time (--now, SOURCE_DATE_EPOCH); templates never read the clock.</summary>
    public DateTimeOffset Now => Theme.Snapshot.Now;

    /// <summary>Fingerprinted stylesheet, script, favicons and logo, as site paths.</summary>
    public ThemeAssets Assets => Theme.Assets;

    /// <summary>"", "../", "../../" ... for the page's depth, or baseUrl's path for <see cref="RootRelative"/> pages.</summary>
    public string Root => root ??= RootRelative
        ? Site.BaseUrl.AbsolutePath
        : string.Concat(Enumerable.Repeat("../", Path.Count(c => c == '/')));

    /// <summary>The page's own URL path under the site, "incidents/x/" for ".../index.html".</summary>
    public string SitePath => Path.EndsWith("index.html", StringComparison.Ordinal) ? Path[..^"index.html".Length] : Path;

    public Uri Canonical => canonical ??= Snapshot.Absolute(SitePath);

    /// <summary>A relative link to a site path such as "incidents/x/", or "./" for the home page.</summary>
    public string Link(string sitePath)
    {
        var link = Root + sitePath;
        return link.Length == 0 ? "./" : link;
    }

    /// <summary>A relative link to a route of the route table: <c>Link(Routes.Incident, incident.Slug)</c>.</summary>
    public string Link(Route route, params string[] values) => Link(route.Path(values));

    /// <summary>A page of the incident history (page 1 is the history's index).</summary>
    public string HistoryLink(int page) => Link(SitePaths.HistoryPage(page));

    /// <summary>The history page that lists the incident of <paramref name="slug"/> (the one place a day's "more" links lead).</summary>
    public string HistoryLinkOf(string slug) => HistoryLink(Theme.HistoryPageOf(slug));

    /// <summary>A component's display name; its id when site.yml no longer lists it.</summary>
    public string ComponentName(string id) => Theme.ComponentName(id);

    /// <summary>An instant in the site's zone as &lt;time class="t"&gt; (site.js may re-show it in the visitor's zone).</summary>
    public IHtmlContent Instant(DateTimeOffset? at) => at is { } instant ? Markup.Instant(F, instant) : HtmlString.Empty;

    /// <summary>A duration in words ("2 h 5 min") with its ISO 8601 form.</summary>
    public IHtmlContent Length(TimeSpan span) => Markup.Length(F, span);

    /// <summary>A status as shape and words, coloured: never colour alone.</summary>
    public IHtmlContent StatusLabel(ComponentStatus status) => Markup.Status(F, status);

    /// <summary>A translated sentence with one placeholder "{0}" filled by markup: <c>Fill(T.OngoingFor, Length(d))</c>.</summary>
    public IHtmlContent Fill(string format, IHtmlContent content) => Markup.Fill(format, content);

    /// <summary>The model of a partial that shows one thing of this page: <c>IncludeAsync("Partials/IncidentItem", Model.Part(incident))</c>.</summary>
    public Part<T> Part<T>(T item) => new(this, item);
}

/// <summary>The model of a partial: the page it is part of (for links, strings, formats) and the thing it shows.</summary>
public sealed record Part<T>(PageModel Page, T Item);
