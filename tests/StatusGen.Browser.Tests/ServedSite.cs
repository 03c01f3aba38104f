using Microsoft.Playwright;
using StatusGen.Api;
using StatusGen.Building;
using StatusGen.Widget;
using StatusGen.Themes.Default;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Browser.Tests;

/// <summary>A fixture site written to artifacts/browser/NAME and served on 127.0.0.1 for the whole run.</summary>
public sealed class ServedSite : IDisposable
{
    private ServedSite(GeneratedSite site, string name)
    {
        Site = site;
        Directory = site.WriteTo(Path.Combine(RepoPaths.Root, "artifacts", "browser", name));
        // The widget and the API it reads come from Core's generators, not the theme; a visitor meets them on the same host.
        IOutputGenerator[] others = [new WidgetGenerator(), new StatuspageApiGenerator()];
        foreach (var file in others.SelectMany(g => g.Generate(site.Snapshot)))
        {
            var full = Path.Combine(Directory, file.Path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, file.Bytes);
        }

        // Served under baseUrl's path, as a real deployment is: 404.html links root-relative from it.
        Server = new StaticFileServer(Directory, site.Snapshot.Site.BaseUrl.AbsolutePath);
    }

    public static ServedSite Busy { get; } = new(new GeneratedSite(Sites.Busy().Build()), "busy");

    private static readonly Lazy<ServedSite> QuietSite = new(() => new(new GeneratedSite(Sites.Quiet().Build()), "quiet"));

    /// <summary>Nothing wrong now: every group collapsed, one upcoming maintenance.</summary>
    public static ServedSite Quiet => QuietSite.Value;

    public static ServedSite BusyGerman { get; } = new(new GeneratedSite(Sites.Busy().Language("de").Build()), "busy-de");

    private static readonly Lazy<ServedSite> DemoSite = new(() => new(new GeneratedSite(DemoContent.Snapshot(), new DefaultTheme()), "demo"));

    /// <summary>The repository's content/ built by the real loader (see DemoContent).</summary>
    public static ServedSite Demo => DemoSite.Value;

    private static readonly Lazy<ServedSite> LargeSite = new(() => new(GeneratedSite.HomeOnly(Sites.Dense(10_000, 100).Build()), "large"));

    /// <summary>10,000 incidents on 100 components, home page only: the site-wide row instead of per-component bars.</summary>
    public static ServedSite Large => LargeSite.Value;

    public GeneratedSite Site { get; }

    public string Directory { get; }

    public StaticFileServer Server { get; }

    public string Url(string sitePath) => new Uri(Server.BaseUrl, sitePath).ToString();

    /// <summary>A new page in its own context; every request it makes is recorded.</summary>
    /// <param name="clock">The visitor's clock (pinned so the page's scripts see a known time), or the machine's.</param>
    public async Task<(IPage Page, List<string> Requests)> OpenAsync(string sitePath, BrowserNewContextOptions? options = null, DateTimeOffset? clock = null)
    {
        var browser = await Browser.GetAsync();
        var context = await browser.NewContextAsync(options ?? new());
        if (clock is { } time)
        {
            await context.Clock.SetFixedTimeAsync(time.UtcDateTime);
        }

        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var response = await page.GotoAsync(Url(sitePath), new() { WaitUntil = WaitUntilState.Load });
        Assert.IsNotNull(response);
        return (page, requests);
    }

    public void Dispose() => Server.Dispose();
}
