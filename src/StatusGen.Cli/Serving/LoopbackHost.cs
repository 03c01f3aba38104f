using System.Net;
using Microsoft.AspNetCore.Http;

namespace StatusGen.Cli.Serving;

/// <summary>
/// The Host header check against DNS rebinding: a page on a foreign site can point its own host name at 127.0.0.1 and
/// then read the preview, but its requests still carry its own name. Only loopback names and addresses are served
/// (the server binds to a loopback address only, so that covers the bound address too).
/// </summary>
internal static class LoopbackHost
{
    public const string Refusal = "statusgen serve serves only loopback host names (localhost, 127.0.0.1, [::1]); open the preview through one of them.";

    public static bool IsAllowed(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host;
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var literal = name.Length > 2 && name[0] == '[' && name[^1] == ']' ? name[1..^1] : name;
        return IPAddress.TryParse(literal, out var address) && IPAddress.IsLoopback(address);
    }
}
