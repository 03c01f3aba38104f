using StatusGen.Building;

namespace StatusGen.Hosting;

/// <summary>
/// The HTTP headers every host should send, as data: the <c>_headers</c> file is written from these rules and a test
/// checks that netlify.toml says the same. Hosts combine all rules whose pattern matches a path, and some join two
/// values of one header with a comma, so no header name is set by two rules that can match the same path
/// (that is why the CSP and Cache-Control rules list the site's folders instead of using "/*"). docs/hosting.md.
/// </summary>
internal static class HeaderRules
{
    public const string Revalidate = "public, max-age=60, must-revalidate";
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>
    /// No inline script and no &lt;style&gt; element; images may be data: URIs (the theme's icons). Style attributes are
    /// allowed (style-src-attr) because the theme sizes uptime bars with CSS custom properties in style="--n:3";
    /// they cannot run code. Drop style-src-attr once no page uses a style attribute.
    /// </summary>
    public const string PageCsp = "default-src 'self'; img-src 'self' data:; style-src 'self'; style-src-attr 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public const string WidgetCsp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";
    public const string BadgeCsp = "default-src 'none'; frame-ancestors *";

    /// <summary>Folders holding HTML pages, except widget/ (framable) and assets/ (immutable), from the route table.</summary>
    public static readonly IReadOnlyList<string> PagePatterns = Routes.HostPatterns(RouteKind.Page);

    /// <summary>Top-level files that change with each content change: feeds, calendar, sitemap, from the route table.</summary>
    public static readonly IReadOnlyList<string> FeedPatterns = Routes.HostPatterns(RouteKind.Feed);

    public static IReadOnlyList<HeaderRule> All { get; } = Build();

    private static List<HeaderRule> Build()
    {
        var rules = new List<HeaderRule>
        {
            new("/*",
            [
                new("X-Content-Type-Options", "nosniff"),
                new("Referrer-Policy", "strict-origin-when-cross-origin"),
                new("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
                new("Strict-Transport-Security", "max-age=31536000"),
            ]),
        };
        rules.AddRange(PagePatterns.Select(p => new HeaderRule(p,
            [new("Cache-Control", Revalidate), new("Content-Security-Policy", PageCsp), new("X-Frame-Options", "DENY")])));
        rules.AddRange(Routes.HostPatterns(RouteKind.Widget).Select(p => new HeaderRule(p, [new("Cache-Control", Revalidate), new("Content-Security-Policy", WidgetCsp)])));
        rules.AddRange(FeedPatterns.Select(p => new HeaderRule(p, [new("Cache-Control", Revalidate)])));
        rules.AddRange(Routes.HostPatterns(RouteKind.Api).Select(p => new HeaderRule(p, [new("Cache-Control", Revalidate), new("Access-Control-Allow-Origin", "*")])));
        rules.AddRange(Routes.HostPatterns(RouteKind.Badge).Select(p => new HeaderRule(p,
            [new("Cache-Control", Revalidate), new("Access-Control-Allow-Origin", "*"), new("Content-Security-Policy", BadgeCsp)])));
        rules.AddRange(Routes.HostPatterns(RouteKind.Asset).Select(p => new HeaderRule(p, [new("Cache-Control", Immutable)])));
        return rules;
    }
}

internal sealed record HeaderRule(string Pattern, IReadOnlyList<HttpHeader> Headers);

internal sealed record HttpHeader(string Name, string Value);
