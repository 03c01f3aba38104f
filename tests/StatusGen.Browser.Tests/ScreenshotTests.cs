using Microsoft.Playwright;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Browser.Tests;

/// <summary>
/// Every page type at 1280 and 390 px, light and dark, saved to TestResults/screenshots/ for review, with the layout
/// facts a person would notice asserted on each: no sideways scrolling of the page on a phone, no table column
/// narrower than its longest word, no table cut off on a desktop, no heading over cards that say otherwise.
/// </summary>
[TestClass]
public sealed class ScreenshotTests
{
    private static readonly int[] Widths = [1280, 390];
    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    public static string Folder => Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "TestResults", "screenshots")).FullName;

    [TestMethod]
    [DataRow("home-quiet", "quiet", "")]
    [DataRow("home-outage", "busy", "")]
    [DataRow("home-large", "large", "")]
    [DataRow("incident", "busy", "incidents/2026-11-18-database-outage/")]
    [DataRow("history", "busy", "history/")]
    [DataRow("component", "busy", "components/db/")]
    [DataRow("uptime", "busy", "uptime/")]
    [DataRow("uptime-demo", "demo", "uptime/")]
    [DataRow("maintenance-index", "busy", "maintenance/")]
    [DataRow("maintenance", "busy", "maintenance/2026-11-28-db-upgrade/")]
    [DataRow("widget", "busy", "widget/")]
    [DataRow("home-outage-de", "busy-de", "")]
    [DataRow("uptime-de", "busy-de", "uptime/")]
    public async Task PageLooksRightAtEveryWidthInBothSchemes(string name, string siteName, string path)
    {
        // German, for its long words.
        var site = siteName switch { "quiet" => ServedSite.Quiet, "demo" => ServedSite.Demo, "busy-de" => ServedSite.BusyGerman, "large" => ServedSite.Large, _ => ServedSite.Busy };
        var problems = new List<string>();
        foreach (var width in Widths)
        {
            foreach (var scheme in Schemes)
            {
                var options = new BrowserNewContextOptions
                {
                    ColorScheme = scheme,
                    ViewportSize = new() { Width = width, Height = width > 600 ? 900 : 844 },
                    // Pinned so the pictures do not change with the machine's zone, language or clock.
                    TimezoneId = "Europe/Berlin",
                    Locale = "en-GB",
                };
                var (page, _) = await site.OpenAsync(path, options, site.Site.Snapshot.Now.AddMinutes(12));
                var file = Path.Combine(Folder, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.IsGreaterThan(2_000, new FileInfo(file).Length, $"{file} looks empty");

                var at = $"{name} at {width} px, {scheme}";
                problems.AddRange((await LayoutFacts.BrokenWordsInTablesAsync(page)).Select(p => $"{at}: {p}"));
                problems.AddRange((await LayoutFacts.HeadingsContradictingCardsAsync(page)).Select(p => $"{at}: {p}"));
                problems.AddRange((await (width < 600 ? LayoutFacts.HorizontalOverflowAsync(page) : LayoutFacts.ClippedTablesAsync(page))).Select(p => $"{at}: {p}"));
                await page.Context.CloseAsync();
            }
        }

        Assert.IsEmpty(problems, string.Join("\n", problems));
    }
}
