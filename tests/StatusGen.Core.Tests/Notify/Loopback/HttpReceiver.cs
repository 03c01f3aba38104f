using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace StatusGen.Tests.Notify.Loopback;

/// <summary>One request as the receiver saw it.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset At)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>What the receiver answers one request with; <see cref="Delay"/> longer than the client's timeout simulates a hang.</summary>
internal sealed record Reply(int Status, string Body = "ok", IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static readonly Reply Ok = new(200);
}

/// <summary>
/// An HTTP server on 127.0.0.1 (HttpListener) for the chat and webhook channels: records every request and answers
/// from a script (queued replies, then the default), so tests can make it fail with 500, 429 or silence.
/// </summary>
internal sealed class HttpReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<Reply> script = new();
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private readonly Task loop;

    public HttpReceiver()
    {
        for (var attempt = 0; ; attempt++)
        {
            Port = SmtpSink.FreePort();
            listener.Prefixes.Clear();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another test took the port between the probe and the bind.
            }
        }

        loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string path = "hook") => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    /// <summary>The answer once the script is used up.</summary>
    public Reply Default { get; set; } = Reply.Ok;

    public IReadOnlyList<ReceivedRequest> Requests => [.. received];

    public HttpReceiver Then(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }

        return this;
    }

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

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k.ToLowerInvariant(), k => context.Request.Headers[k] ?? "");
        received.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "", headers, body.ToArray(), DateTimeOffset.UtcNow));
        var reply = script.TryDequeue(out var next) ? next : Default;
        try
        {
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            context.Response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a simulated timeout) before the answer.
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
