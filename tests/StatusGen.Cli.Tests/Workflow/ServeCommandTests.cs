using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using StatusGen.Cli.Commands;
using StatusGen.Cli.Serving;

namespace StatusGen.Cli.Tests.Workflow;

[TestClass]
public sealed class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private WorkflowSite site = null!;
    private PreviewServer server = null!;
    private HttpClient http = null!;

    [TestInitialize]
    public async Task StartServer()
    {
        site = new WorkflowSite();
        var content = Path.Combine(site.Root, "content");
        var builder = new PreviewBuilder(content, site.Root, () => DateTimeOffset.Parse(WorkflowSite.Now, System.Globalization.CultureInfo.InvariantCulture));
        server = new PreviewServer(builder, IPAddress.Loopback, 0, TextWriter.Null, TextWriter.Null);
        await server.StartAsync([content]);
        http = new HttpClient { BaseAddress = server.Address, Timeout = Patience };
    }

    [TestCleanup]
    public async Task StopServer()
    {
        http.Dispose();
        await server.DisposeAsync();
        site.Dispose();
    }

    [TestMethod]
    public async Task ServesTheHomePageOnLoopbackWithTheReloadScript()
    {
        Assert.AreEqual("127.0.0.1", server.Address.Host);
        Assert.AreNotEqual(0, server.Address.Port);

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.IsTrue(page.Scripts.Any(s => s.TextContent.Contains("/__statusgen/events", StringComparison.Ordinal)));
        Assert.IsNull(page.GetElementById(PreviewPages.OverlayId));
    }

    [TestMethod]
    public void NeverPutsTheScriptIntoTheBuiltFiles()
    {
        var html = server.Current.Site!.Files().Where(f => f.MediaType.StartsWith("text/html", StringComparison.Ordinal)).ToList();

        Assert.IsNotEmpty(html);
        Assert.IsFalse(html.Any(f => System.Text.Encoding.UTF8.GetString(f.Bytes).Contains("__statusgen", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task RebuildsWhenAContentFileChanges()
    {
        var before = await BuildVersion();

        site.Write("content/site.yml", WorkflowSite.SiteYml.Replace("Example Status", "Renamed Status", StringComparison.Ordinal));

        await Eventually(async () => await BuildVersion() > before);
        var page = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri("/", UriKind.Relative)));
        StringAssert.Contains(page.Title ?? page.Body!.TextContent, "Renamed Status", StringComparison.Ordinal);
    }

    [TestMethod]
    public async Task ShowsErrorsOverTheLastGoodBuildAndRecovers()
    {
        site.Write("content/incidents/2026-11-10-api-errors.md", WorkflowSite.OngoingIncident.Replace("web: degraded_performance", "wbe: degraded_performance", StringComparison.Ordinal));

        await Eventually(() => Task.FromResult(server.Current.Failed));
        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, "the last good build is still served");
        var overlay = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).GetElementById(PreviewPages.OverlayId);
        Assert.IsNotNull(overlay);
        StringAssert.Contains(overlay.TextContent, "content/incidents/2026-11-10-api-errors.md:6:3: error SG0201", StringComparison.Ordinal);

        site.Write("content/incidents/2026-11-10-api-errors.md", WorkflowSite.OngoingIncident);
        await Eventually(() => Task.FromResult(!server.Current.Failed));
        Assert.IsNull(new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri("/", UriKind.Relative))).GetElementById(PreviewPages.OverlayId));
    }

    [TestMethod]
    public async Task TellsAnOpenPageToReloadAfterARebuild()
    {
        var version = server.Current.Version;
        using var events = await http.GetAsync(new Uri($"/__statusgen/events?v={version}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.AreEqual("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());

        site.Write("content/incidents/2026-11-10-api-errors.md", WorkflowSite.OngoingIncident + "\nMore text.\n");

        using var timeout = new CancellationTokenSource(Patience);
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != "event: reload");
        Assert.AreEqual("event: reload", line);
    }

    [TestMethod]
    public void RefusesToListenOnAnythingButLoopback()
    {
        Assert.ThrowsExactly<UsageException>(() => ServeCommand.LoopbackAddress("0.0.0.0"));
        Assert.ThrowsExactly<UsageException>(() => ServeCommand.LoopbackAddress("192.168.1.10"));
        Assert.AreEqual(IPAddress.Loopback, ServeCommand.LoopbackAddress("localhost"));
        Assert.AreEqual(IPAddress.IPv6Loopback, ServeCommand.LoopbackAddress("::1"));
    }

    [TestMethod]
    public void RejectsANonLoopbackHostOnTheCommandLine()
    {
        var (exit, _, error) = site.Run("serve", "--host", "0.0.0.0", "--port", "0");

        Assert.AreEqual(2, exit);
        StringAssert.Contains(error, "is not a loopback address", StringComparison.Ordinal);
    }

    [TestMethod]
    [DataRow("evil.example")]
    [DataRow("evil.example:8080")]
    [DataRow("127.0.0.1.nip.io")]
    [DataRow("localhost.evil.example")]
    [DataRow("192.168.1.10")]
    public async Task RefusesAHostHeaderThatIsNotLoopbackAgainstDnsRebinding(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = host;

        using var response = await http.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), "serves only loopback host names", StringComparison.Ordinal);
    }

    [TestMethod]
    [DataRow("localhost")]
    [DataRow("LOCALHOST")]
    [DataRow("127.0.0.1")]
    [DataRow("[::1]")]
    public async Task ServesLoopbackHostNames(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = $"{host}:{server.Address.Port}";

        using var response = await http.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task RefusesTheEventStreamToAForeignHost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/__statusgen/events", UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.AreEqual(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    private async Task<int> BuildVersion()
    {
        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
        return int.Parse(response.Headers.GetValues("X-StatusGen-Build").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Polls until the condition holds; fails after <see cref="Patience"/> (a bound, not a timing target).</summary>
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"the condition did not hold within {Patience.TotalSeconds} s");
            }

            await Task.Delay(50);
        }
    }
}
