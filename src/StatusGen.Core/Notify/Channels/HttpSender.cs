using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace StatusGen.Notify.Channels;

/// <summary>
/// The part every HTTP channel shares: post the request, and sort the answer into delivered, worth retrying
/// (connection refused, timeout, 408, 429 with its Retry-After, 5xx) or not (any other 4xx).
/// Reasons name the status and never the URL, which for most chat webhooks is the secret itself.
/// </summary>
internal abstract class HttpSender : IChannelSender
{
    public async Task<DeliveryOutcome> SendAsync(Delivery delivery, CancellationToken cancellation)
    {
        using var request = Build(delivery);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("StatusGen", Building.GeneratorInfo.Version));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(delivery.Context.Timeout);
        try
        {
            using var response = await delivery.Context.Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            return await Classify(response, delivery, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return DeliveryOutcome.Transient($"no answer within {delivery.Context.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException e)
        {
            return DeliveryOutcome.Transient(e.InnerException is SocketException socket ? $"connection failed ({socket.SocketErrorCode})" : $"connection failed ({e.HttpRequestError})");
        }
    }

    protected abstract HttpRequestMessage Build(Delivery delivery);

    /// <summary>Some APIs answer 200 with an error in the body; they override this to read it.</summary>
    protected virtual Task<DeliveryOutcome> Accept(HttpResponseMessage response, CancellationToken cancellation) => Task.FromResult(DeliveryOutcome.Success);

    private async Task<DeliveryOutcome> Classify(HttpResponseMessage response, Delivery delivery, CancellationToken cancellation)
    {
        var code = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return await Accept(response, cancellation).ConfigureAwait(false);
        }

        var reason = $"HTTP {code} {response.ReasonPhrase}".TrimEnd();
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => DeliveryOutcome.Transient(reason, RetryAfter(response, delivery.Context.Now)),
            HttpStatusCode.RequestTimeout => DeliveryOutcome.Transient(reason),
            _ when code >= 500 => DeliveryOutcome.Transient(reason, RetryAfter(response, delivery.Context.Now)),
            _ => DeliveryOutcome.Permanent(reason),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    protected static HttpRequestMessage Json(HttpMethod method, string url, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return Body(method, url, buffer.ToArray());
    }

    protected static HttpRequestMessage Body(HttpMethod method, string url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpRequestMessage(method, url) { Content = content };
    }

    protected static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
