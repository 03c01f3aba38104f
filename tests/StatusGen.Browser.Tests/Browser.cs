using Microsoft.Playwright;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Browser.Tests;

/// <summary>
/// One Debian Chromium for the whole test run, driven by Playwright. Never downloads a browser: the executable
/// is /usr/bin/chromium (override with STATUSGEN_CHROMIUM).
/// </summary>
[TestClass]
public static class Browser
{
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("STATUSGEN_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<IBrowser> GetAsync()
    {
        if (browser is not null)
        {
            return browser;
        }

        ExternalTool.Require(ExecutablePath, "Chromium (Debian package 'chromium')");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        });
        return browser;
    }

    [AssemblyCleanup]
    public static async Task CloseAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
