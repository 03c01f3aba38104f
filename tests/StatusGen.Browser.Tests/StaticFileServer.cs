using System.Net;
using System.Net.Sockets;

namespace StatusGen.Browser.Tests;

/// <summary>
/// Serves a folder on 127.0.0.1 the way a static host does (a folder URL serves its index.html, unknown paths
/// get 404.html with status 404), under a sub-path so that relative links are exercised.
/// </summary>
public sealed class StaticFileServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task loop;

    public StaticFileServer(string root, string subPath = "/status/")
    {
        this.root = Path.GetFullPath(root);
        SubPath = subPath;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}{subPath}");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public string SubPath { get; }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener throws when stopped mid-request; nothing to clean up.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Respond(context);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = context.Request.Url!.AbsolutePath;
        string? file = null;
        if (path.StartsWith(SubPath, StringComparison.Ordinal))
        {
            var relative = Uri.UnescapeDataString(path[SubPath.Length..]);
            if (relative.Length == 0 || relative.EndsWith('/'))
            {
                relative += "index.html";
            }

            var candidate = Path.GetFullPath(Path.Combine(root, relative));
            file = candidate.StartsWith(root, StringComparison.Ordinal) && File.Exists(candidate) ? candidate : null;
        }

        response.StatusCode = file is null ? 404 : 200;
        file ??= Path.Combine(root, "404.html");
        response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".json" => "application/json",
            _ => "application/octet-stream",
        };
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
