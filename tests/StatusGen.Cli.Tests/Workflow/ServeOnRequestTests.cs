using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using StatusGen.Cli.Serving;

namespace StatusGen.Cli.Tests.Workflow;

/// <summary>
/// `serve` hands out a rebuilt site before it has rendered it: the page a browser asks for is made on request from the
/// new build, and the rest renders in the background. The background render is held back here, so that every page
/// these tests read was made on request.
/// </summary>
[TestClass]
public sealed class ServeOnRequestTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private const string IncidentPage = "/incidents/2026-11-10-api-errors/";
    private readonly TaskCompletionSource background = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WorkflowSite site = null!;
    private PreviewServer server = null!;
    private HttpClient http = null!;

    [TestInitialize]
    public async Task StartServer()
    {
        site = new WorkflowSite();
        var content = Path.Combine(site.Root, "content");
        var builder = new PreviewBuilder(content, site.Root, () => DateTimeOffset.Parse(WorkflowSite.Now, CultureInfo.InvariantCulture));
        server = new PreviewServer(builder, IPAddress.Loopback, 0, TextWriter.Null, TextWriter.Null, backgroundGate: background.Task);
        await server.StartAsync([content]);
        http = new HttpClient { BaseAddress = server.Address, Timeout = Patience };
    }

    [TestCleanup]
    public async Task StopServer()
    {
        background.TrySetResult();
        http.Dispose();
        await server.DisposeAsync();
        site.Dispose();
    }

    [TestMethod]
    public async Task AnEditedPageIsServedBeforeTheBackgroundRenderHasRun()
    {
        var before = server.Current.Version;

        site.Write("content/incidents/2026-11-10-api-errors.md", WorkflowSite.OngoingIncident + "\nThe queue drained at noon.\n");
        await Eventually(() => server.Current.Version > before);

        var page = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri(IncidentPage, UriKind.Relative)));
        StringAssert.Contains(page.Body!.TextContent, "The queue drained at noon.", StringComparison.Ordinal);
        Assert.IsFalse(server.Rendered.IsCompleted, "the page was made on request, not by the background render");
    }

    [TestMethod]
    public async Task ThePageMadeOnRequestIsTheCleanBuildsPageWithTheReloadScript()
    {
        var onRequest = await http.GetStringAsync(new Uri(IncidentPage, UriKind.Relative));

        var clean = CleanBuild().Single(f => f.Path == "incidents/2026-11-10-api-errors/index.html");
        Assert.AreEqual(PreviewPages.Decorate(System.Text.Encoding.UTF8.GetString(clean.Bytes), server.Current), onRequest);
        Assert.IsFalse(server.Rendered.IsCompleted);
    }

    [TestMethod]
    public async Task TheBackgroundRenderMakesTheWholeSiteOnceLetGo()
    {
        background.SetResult();
        await server.Rendered.WaitAsync(Patience);

        Assert.IsFalse(server.Current.Failed);
        var clean = CleanBuild();
        var served = server.Current.Site!.Files();
        CollectionAssert.AreEqual(clean.Select(f => f.Path).ToList(), served.Select(f => f.Path).ToList());
        Assert.IsTrue(clean.Zip(served).All(pair => pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes)));
    }

    [TestMethod]
    public async Task FeedsAndJsonAreMadeWhenFirstAskedFor()
    {
        using var response = await http.GetAsync(new Uri("/history.rss", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), "Elevated error rates on the API", StringComparison.Ordinal);
        Assert.IsFalse(server.Rendered.IsCompleted);
    }

    [TestMethod]
    public async Task AnUnknownPathIsNotFoundAndAFolderWithoutItsSlashRedirects()
    {
        using var missing = await http.GetAsync(new Uri("/no/such/page/", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.NotFound, missing.StatusCode);

        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Patience };
        using var folder = await noRedirects.GetAsync(new Uri("/incidents/2026-11-10-api-errors", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.AreEqual(IncidentPage, folder.Headers.Location?.OriginalString);
    }

    private IReadOnlyList<StatusGen.Building.OutputFile> CleanBuild()
    {
        var now = DateTimeOffset.Parse(WorkflowSite.Now, CultureInfo.InvariantCulture);
        var check = StatusGen.Building.SiteBuilder.Check(Path.Combine(site.Root, "content"), now, site.Root, OutputGenerators.Languages);
        return new StatusGen.Building.SiteBuilder(OutputGenerators.All()).Render(StatusGen.Building.SiteBuilder.Compute(check.Content!, now));
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"the condition did not hold within {Patience.TotalSeconds} s");
            }

            await Task.Delay(20);
        }
    }
}
