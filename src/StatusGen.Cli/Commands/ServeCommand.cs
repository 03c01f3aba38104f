using System.CommandLine;
using System.Net;
using StatusGen.Cli.Serving;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen serve</c>: a live preview on a loopback address that rebuilds and reloads on every save.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var port = new Option<int>("--port")
        {
            Description = "TCP port; 0 picks a free one.",
            DefaultValueFactory = _ => 8080,
            HelpName = "n",
        };
        var host = new Option<string>("--host")
        {
            Description = "Loopback address to listen on: 127.0.0.1, ::1 or localhost. The preview is never exposed to the network.",
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "address",
        };
        var now = CommonOptions.Now();
        var allWarnings = CommonOptions.AllWarnings();
        var command = new Command("serve", "Preview the site on http://127.0.0.1, rebuilding and reloading the browser on every change.")
        {
            content, port, host, now, allWarnings,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var folder = CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context);

            var portNumber = parseResult.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                throw new UsageException($"--port {portNumber} is not a TCP port (0-65535)");
            }

            var address = LoopbackAddress(parseResult.GetRequiredValue(host));
            var fixedNow = parseResult.GetValue(now);
            CommonOptions.ResolveNow(fixedNow, context); // a bad --now is a usage error before anything starts
            var builder = new PreviewBuilder(folder, context.WorkingDirectory, () => CommonOptions.ResolveNow(fixedNow, context));
            return Serve(new PreviewServer(builder, address, portNumber, context.Output, context.Error, parseResult.GetValue(allWarnings)), folder, context, cancellationToken);
        });
        return command;
    }

    /// <exception cref="UsageException">The host is not a loopback address.</exception>
    public static IPAddress LoopbackAddress(string host)
    {
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var parsed) ? parsed : null;
        return address is not null && IPAddress.IsLoopback(address)
            ? address
            : throw new UsageException($"--host '{host}' is not a loopback address; the preview listens only on 127.0.0.1, ::1 or localhost. Deploy the output of 'statusgen build' to share the site.");
    }

    private static async Task<int> Serve(PreviewServer server, string folder, CliContext context, CancellationToken cancellationToken)
    {
        await using (server)
        {
            try
            {
                await server.StartAsync([folder, .. Theming.SiteYmlThemePath.Folder(folder)], cancellationToken);
            }
            catch (IOException e)
            {
                context.Error.WriteLine($"statusgen: cannot listen: {e.Message} (try another --port, or --port 0)");
                return ExitCodes.IoError;
            }

            context.Output.WriteLine($"Serving {server.Address} (watching {folder}); press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                context.Output.WriteLine("Stopped.");
            }
        }

        return ExitCodes.Success;
    }
}
