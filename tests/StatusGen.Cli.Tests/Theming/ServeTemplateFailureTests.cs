using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using StatusGen.Cli.Serving;

namespace StatusGen.Cli.Tests.Theming;

/// <summary>
/// `serve` serves a build before rendering all of it, so a site's template that throws for one page is found later:
/// when that page is asked for, or when the background render reaches it. Either way the build turns into a failed
/// one, with the errors `build` reports, over the build before.
/// </summary>
[TestClass]
public sealed class ServeTemplateFailureTests
{
    private const string ThrowingIncident = "@inherits RazorLight.TemplatePage<IncidentPageModel>\n@{ Layout = \"Layout/Page\"; }\n<h1>@Model.Incident.Title</h1>\n<p>@Model.Incident.Updates[40].Body</p>\n";
    private const string Error = "content/theme/Pages/Incident.cshtml:4:1: error SG0804: template 'Pages/Incident' failed while rendering incidents/2026-11-10-api/index.html: ArgumentOutOfRangeException:";

    [TestMethod]
    public async Task ABrokenPageAskedForBeforeTheBackgroundRenderFailsTheBuildOverTheOneBefore()
    {
        using var cli = Site();
        var held = new TaskCompletionSource();
        var server = new PreviewServer(Builder(cli), IPAddress.Loopback, 0, TextWriter.Null, TextWriter.Null, backgroundGate: held.Task);
        await using (server)
        {
            await server.StartAsync([]);
            var good = server.Current;
            Assert.IsFalse(good.Failed);
            cli.Write("content/theme/Pages/Incident.cshtml", ThrowingIncident);
            server.Rebuild();
            Assert.IsFalse(server.Current.Failed, "the model is fine; no page has rendered yet");
            using var http = new HttpClient { BaseAddress = server.Address };

            var page = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri("/incidents/2026-11-10-api/", UriKind.Relative)));

            Assert.IsTrue(server.Current.Failed);
            StringAssert.StartsWith(server.Current.Errors.Single().ToString(), Error, StringComparison.Ordinal);
            StringAssert.Contains(page.GetElementById(PreviewPages.OverlayId)!.TextContent, "error SG0804", StringComparison.Ordinal);
            StringAssert.Contains(page.Body!.TextContent, "Looking into it.", StringComparison.Ordinal); // the default theme's page, from the build before
            held.SetResult();
        }
    }

    [TestMethod]
    public async Task TheBackgroundRenderFindsABrokenPageNobodyAskedFor()
    {
        using var cli = Site();
        cli.Write("content/theme/Pages/Incident.cshtml", ThrowingIncident);
        var server = new PreviewServer(Builder(cli), IPAddress.Loopback, 0, TextWriter.Null, TextWriter.Null);
        await using (server)
        {
            await server.StartAsync([]);
            await server.Rendered.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.IsTrue(server.Current.Failed);
            Assert.IsFalse(server.Current.HasGoodBuild, "there was no build before");
            StringAssert.StartsWith(server.Current.Errors.Single().ToString(), Error, StringComparison.Ordinal);
        }
    }

    private static CliHarness Site()
    {
        var cli = new CliHarness()
            .Write("content/site.yml", CliHarness.SiteYml + "\ntheme:\n  path: theme\n")
            .Write("content/incidents/2026-11-10-api.md", CliHarness.Incident)
            .Write("content/theme/Partials/StaleNote.cshtml", "@inherits RazorLight.TemplatePage<PageModel>\n<p>ours</p>\n");
        return cli;
    }

    private static PreviewBuilder Builder(CliHarness cli) =>
        new(Path.Combine(cli.Root, "content"), cli.Root, () => DateTimeOffset.Parse("2026-11-20T12:00:00Z", CultureInfo.InvariantCulture));
}
