using Microsoft.Playwright;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Browser.Tests;

/// <summary>Screenshots of the home page for review, written to artifacts/screenshots/.</summary>
[TestClass]
public sealed class ScreenshotTests
{
    private static string Folder => Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "screenshots")).FullName;

    [TestMethod]
    public Task HomeInTheLightScheme() => ShootAsync("home-light.png", new() { ColorScheme = ColorScheme.Light, ViewportSize = new() { Width = 1280, Height = 900 } });

    [TestMethod]
    public Task HomeInTheDarkScheme() => ShootAsync("home-dark.png", new() { ColorScheme = ColorScheme.Dark, ViewportSize = new() { Width = 1280, Height = 900 } });

    [TestMethod]
    public Task HomeOnA375PixelPhone() => ShootAsync("home-mobile-375.png", Phone(), fullPage: false);

    [TestMethod]
    public Task WholeHomeOnA375PixelPhone() => ShootAsync("home-mobile-375-full.png", Phone());

    private static BrowserNewContextOptions Phone() => new()
    {
        ViewportSize = new() { Width = 375, Height = 812 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

    [TestMethod]
    public Task IncidentPageInTheLightScheme() => ShootAsync("incident-light.png", new() { ViewportSize = new() { Width = 1280, Height = 900 } }, "incidents/2026-11-18-database-outage/");

    private static async Task ShootAsync(string name, BrowserNewContextOptions options, string path = "", bool fullPage = true)
    {
        // The time zone is pinned so the screenshots do not change with the machine's.
        options.TimezoneId = "Europe/Berlin";
        options.Locale = "en-GB";
        // The visitor's clock is pinned too: "generated N minutes ago" must not change the image.
        var (page, _) = await ServedSite.Busy.OpenAsync(path, options, ServedSite.Busy.Site.Snapshot.Now.AddMinutes(12));
        var file = Path.Combine(Folder, name);

        await page.ScreenshotAsync(new() { Path = file, FullPage = fullPage });

        Assert.IsGreaterThan(10_000, new FileInfo(file).Length, $"{file} looks empty");
        await page.Context.CloseAsync();
    }
}
