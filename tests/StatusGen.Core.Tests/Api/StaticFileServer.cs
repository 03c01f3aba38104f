using System.Net;
using System.Net.Sockets;
using StatusGen.Building;

namespace StatusGen.Tests.Api;

/// <summary>Serves generated files from memory on 127.0.0.1, as a static host would (index.html for folders, 404 otherwise).</summary>
internal sealed class StaticFileServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, OutputFile> files;
    private readonly Task loop;

    public StaticFileServer(IEnumerable<OutputFile> files)
    {
        this.files = files.ToDictionary(f => "/" + f.Path, StringComparer.Ordinal);
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        listener.Start();
        loop = Task.Run(Serve);
    }

    public Uri BaseUrl { get; }

    /// <summary>Paths requested so far, in order.</summary>
    public List<string> Requests { get; } = [];

    private async Task Serve()
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

            var path = context.Request.Url!.AbsolutePath;
            lock (Requests)
            {
                Requests.Add(path);
            }

            var file = files.GetValueOrDefault(path) ?? files.GetValueOrDefault(path.TrimEnd('/') + "/index.html");
            // Close(), not Dispose(): disposing an HttpListenerResponse aborts the connection.
            var response = context.Response;
            if (file is null)
            {
                response.StatusCode = 404;
                response.Close();
                continue;
            }

            response.ContentType = file.MediaType;
            response.ContentLength64 = file.Bytes.Length;
            response.Headers["Access-Control-Allow-Origin"] = "*";
            await response.OutputStream.WriteAsync(file.Bytes);
            response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
