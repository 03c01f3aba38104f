using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatusGen.Building;

namespace StatusGen.Cli.Serving;

/// <summary>
/// Serves the preview on a loopback address only, rebuilds when content changes and tells open pages to reload
/// through Server-Sent Events. The last good build keeps being served while the content has errors.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewRebuilds rebuilds;
    private readonly WebApplication app;

    /// <exception cref="ArgumentException"><paramref name="address"/> is not a loopback address.</exception>
    /// <param name="allWarnings">Print every warning in full (--all-warnings) instead of the first few per code.</param>
    /// <param name="backgroundGate">What the background render waits for before it starts (tests); null starts it at once.</param>
    public PreviewServer(PreviewBuilder builder, IPAddress address, int port, TextWriter output, TextWriter error, bool allWarnings = false, Task? backgroundGate = null)
    {
        if (!IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"the preview binds only to loopback addresses, not {address}", nameof(address));
        }

        rebuilds = new PreviewRebuilds(builder, TextWriter.Synchronized(output), TextWriter.Synchronized(error), allWarnings)
        {
            BackgroundGate = backgroundGate ?? Task.CompletedTask,
        };
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(options => options.Listen(address, port));
        app = web.Build();
        app.Run(Handle);
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5123/, once started.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public PreviewBuild Current => rebuilds.Current;

    /// <summary>The background render of the current build (done, failed into a new build, or stopped by a save).</summary>
    public Task Rendered => rebuilds.Rendered;

    /// <summary>How often to look for a change the file watcher missed, once saves have stopped (set before <see cref="StartAsync"/>).</summary>
    public TimeSpan SafetyNetPeriod { get; init; } = PreviewRebuilds.SafetyNetPeriod;

    /// <summary>Builds once, starts listening and watching <paramref name="watchedFolders"/>.</summary>
    public async Task StartAsync(IReadOnlyList<string> watchedFolders, CancellationToken cancellationToken = default)
    {
        Rebuild();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
        rebuilds.Watch(watchedFolders, SafetyNetPeriod);
    }

    /// <summary>Builds the model now, reading every file, and serves it; the rest renders in the background.</summary>
    public void Rebuild() => rebuilds.Rebuild();

    private async Task Handle(HttpContext context)
    {
        var request = context.Request;
        if (!LoopbackHost.IsAllowed(request.Host))
        {
            await Write(context, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(LoopbackHost.Refusal + "\n"));
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (request.Path == PreviewPages.EventsPath)
        {
            await Events(context);
            return;
        }

        var build = Current;
        var path = (request.Path.Value ?? "/").TrimStart('/');
        try
        {
            await Serve(context, build, path);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException && !context.Response.HasStarted)
        {
            // A file of this build failed to render (a site's template, or a bug): the build becomes a failed one,
            // served as any failed build is, over the site before it; if that site fails too, the errors alone.
            build = rebuilds.RenderFailed(build, e);
            try
            {
                await Serve(context, build, path);
            }
            catch (Exception again) when (again is not OperationCanceledException and not OutOfMemoryException && !context.Response.HasStarted)
            {
                await Write(context, StatusCodes.Status500InternalServerError, MediaTypes.Html, Encoding.UTF8.GetBytes(PreviewPages.ErrorPage(build)));
            }
        }
    }

    private static async Task Serve(HttpContext context, PreviewBuild build, string path)
    {
        context.Response.Headers["X-StatusGen-Build"] = build.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (build.Site is not { } site)
        {
            await Write(context, StatusCodes.Status500InternalServerError, MediaTypes.Html, Encoding.UTF8.GetBytes(PreviewPages.ErrorPage(build)));
            return;
        }

        // Pages are made as they are asked for: a path with a page of its own is known without making anything else.
        if (path.Length > 0 && !path.EndsWith('/') && !site.HasPage(path) && site.HasPage(path + "/index.html") && site.Find(path) is null)
        {
            context.Response.Redirect("/" + path + "/");
            return;
        }

        if (site.Find(Route.File(path)) is not { } file)
        {
            var notFound = site.Find(Routes.NotFound.Path());
            var body = notFound is null ? Encoding.UTF8.GetBytes($"<!DOCTYPE html><title>Not found</title><p>No page at /{WebUtility.HtmlEncode(path)}.</p>") : notFound.Bytes;
            await Write(context, StatusCodes.Status404NotFound, MediaTypes.Html, Decorate(body, MediaTypes.Html, build));
            return;
        }

        await Write(context, StatusCodes.Status200OK, file.MediaType, Decorate(file.Bytes, file.MediaType, build));
    }

    private static byte[] Decorate(byte[] bytes, string mediaType, PreviewBuild build) =>
        mediaType.StartsWith("text/html", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(PreviewPages.Decorate(Encoding.UTF8.GetString(bytes), build))
            : bytes;

    private static async Task Write(HttpContext context, int status, string mediaType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Server-Sent Events: one 'reload' event after the next build, or at once when the page is older than the current build.</summary>
    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var seen = int.TryParse(context.Request.Query["v"], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1;

        // Open event streams end when the server stops, so that stopping does not wait for browsers to hang up.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, app.Lifetime.ApplicationStopping);
        var cancel = ended.Token;
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", cancel);
            await context.Response.Body.FlushAsync(cancel);
            while (!cancel.IsCancellationRequested)
            {
                var (build, next) = rebuilds.CurrentAndNext();
                var version = build.Version;

                if (seen >= 0 && version != seen)
                {
                    await context.Response.WriteAsync($"event: reload\ndata: {version}\n\n", cancel);
                    await context.Response.Body.FlushAsync(cancel);
                    seen = version;
                }

                seen = seen < 0 ? version : seen;
                await next.WaitAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        rebuilds.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
