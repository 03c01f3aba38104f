using System.CommandLine;
using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Notify;

namespace StatusGen.Cli.Commands;

/// <summary>
/// <c>statusgen notify</c>: pushes every event not yet delivered to the channels in site.yml's notify section.
/// Exit codes: 0 all delivered or nothing to do, 4 some stay pending, 1 content errors, 2 usage or configuration errors.
/// </summary>
internal static class NotifyCommand
{
    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var now = CommonOptions.Now();
        var ledger = new Option<string?>("--ledger")
        {
            Description = $"The ledger of delivered events. Default: {NotifyLedger.DefaultRelativePath} beside site.yml.",
            HelpName = "file",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print each message and where it would go; send nothing, read no secret, write no ledger." };
        var channel = new Option<string[]>("--channel")
        {
            Description = "Only this channel (its id in site.yml); repeat for several. Default: every channel.",
            HelpName = "id",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var attempts = new Option<int>("--attempts")
        {
            Description = "Attempts per delivery in this run before it stays pending (backoff 2 s, 4 s, 8 s..., or the server's Retry-After up to 60 s).",
            DefaultValueFactory = _ => new RetryPolicy().Attempts,
            HelpName = "n",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds one request (or SMTP exchange) may take.",
            DefaultValueFactory = _ => 30,
            HelpName = "seconds",
        };
        var cacheDir = CommonOptions.CacheDir();
        var noCache = CommonOptions.NoCache();
        var command = new Command("notify", "Send every incident and maintenance event not yet delivered to the channels in site.yml (email, chat, webhooks).")
        {
            content, ledger, now, dryRun, channel, attempts, timeout, cacheDir, noCache,
        };
        command.SetAction(parseResult => Run(context, new Arguments(
            parseResult.GetRequiredValue(content),
            parseResult.GetValue(ledger),
            parseResult.GetValue(now),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(channel) ?? [],
            parseResult.GetValue(attempts),
            parseResult.GetValue(timeout),
            parseResult.GetValue(cacheDir),
            parseResult.GetValue(noCache))));
        return command;
    }

    private sealed record Arguments(string Content, string? Ledger, string? Now, bool DryRun, string[] Channels, int Attempts, int Timeout, string? CacheDir, bool NoCache);

    private static int Run(CliContext context, Arguments arguments)
    {
        if (arguments.Attempts is < 1 or > 20 || arguments.Timeout is < 1 or > 600)
        {
            throw new UsageException("--attempts takes 1 to 20 and --timeout 1 to 600 seconds.");
        }

        var folder = CommonOptions.ResolveContent(arguments.Content, context);
        var at = CommonOptions.ResolveNow(arguments.Now, context);
        // A dry run writes nothing, not even the content cache.
        var result = SiteBuilder.LoadAndValidate(folder, at, context.WorkingDirectory, OutputGenerators.Languages, CommonOptions.ContentCache(arguments.NoCache || arguments.DryRun, folder, arguments.CacheDir, context));
        if (result.HasErrors)
        {
            DiagnosticOutput.Print(result.Diagnostics, context.Error);
            return ExitCodes.ContentErrors;
        }

        foreach (var warning in result.Diagnostics)
        {
            context.Error.WriteLine(warning);
        }

        var site = result.Content!.Site;
        if (site.Notify.Channels.Count == 0)
        {
            context.Error.WriteLine("statusgen: site.yml configures no notify channels; add a 'notify:' section with 'channels:' (see docs/notify.md).");
            return ExitCodes.UsageError;
        }

        var known = site.Notify.Channels.Select(c => c.Id).ToList();
        foreach (var id in arguments.Channels.Where(id => !known.Contains(id)))
        {
            throw new UsageException($"--channel '{id}' is not a channel in site.yml ({DidYouMean.Fix(id, known)})");
        }

        var options = new NotifyOptions
        {
            Content = result.Content,
            Now = at,
            LedgerPath = arguments.Ledger is { } path ? context.Resolve(path) : Path.Combine(folder, NotifyLedger.DefaultRelativePath),
            DryRun = arguments.DryRun,
            ChannelIds = arguments.Channels,
            Environment = context.GetEnvironmentVariable,
            Retry = new RetryPolicy { Attempts = arguments.Attempts },
            Timeout = TimeSpan.FromSeconds(arguments.Timeout),
        };
        NotifyReport report;
        try
        {
            report = new Notifier(options, context.Output, context.Error).RunAsync().GetAwaiter().GetResult();
        }
        catch (InvalidDataException e)
        {
            context.Error.WriteLine($"statusgen: the ledger '{Path.GetRelativePath(context.WorkingDirectory, options.LedgerPath)}' is not a notify ledger ({e.Message}); restore it from history, or delete it to start again with the first-run cutoff.");
            return ExitCodes.UsageError;
        }

        if (report.HasConfigurationErrors)
        {
            DiagnosticOutput.Print(report.ConfigurationErrors, context.Error);
            return ExitCodes.UsageError;
        }

        return report.Failed.Count > 0 ? ExitCodes.DeliveryFailed : ExitCodes.Success;
    }
}
