using StatusGen.Building;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// One page being rendered: its output path and the relative prefix back to the site root, so every link is
/// relative and the site works under any sub-path and from several hosts.
/// </summary>
/// <remarks>A class, not a record: it caches what every link on the page needs, and a 'with' copy would carry another page's cache.</remarks>
public sealed class PageContext
{
    public required ThemeContext Theme { get; init; }

    /// <summary>Output path, e.g. "incidents/2026-11-10-api/index.html".</summary>
    public required string Path { get; init; }

    /// <summary>Set for pages served at unknown depths (404.html): links become root-relative paths from baseUrl.</summary>
    public bool RootRelative { get; init; }

    /// <summary>The page language's strings; short because Razor markup uses it on almost every line.</summary>
    public Localization.UiStrings T => Theme.Strings;

    /// <summary>Formatting in the page's language and the site's time zone; short for the same reason.</summary>
    public Formatting.SiteFormat F => Theme.Format;

    public SiteSnapshot Snapshot => Theme.Snapshot;

    /// <summary>"", "../", "../../" ... for the page's depth, or baseUrl's path for <see cref="RootRelative"/> pages.</summary>
    /// <remarks>Worked out once per page: every link on the page starts with it.</remarks>
    public string Root => root ??= RootRelative
        ? Theme.Site.BaseUrl.AbsolutePath
        : string.Concat(Enumerable.Repeat("../", Path.Count(c => c == '/')));

    private string? root;

    /// <summary>A link to a site path such as "incidents/x/" or "" for the home page.</summary>
    public string Link(string sitePath)
    {
        var link = Root + sitePath;
        return link.Length == 0 ? "./" : link;
    }

    /// <summary>The page's own URL path under the site, "incidents/x/" for ".../index.html".</summary>
    public string SitePath => Path.EndsWith("index.html", StringComparison.Ordinal) ? Path[..^"index.html".Length] : Path;

    public Uri Canonical => canonical ??= Theme.Snapshot.Absolute(SitePath);

    private Uri? canonical;
}
