using StatusGen.Model;

namespace StatusGen.Notify;

/// <summary>One <c>statusgen notify</c> run. Everything from outside (clock, environment, network) is passed in.</summary>
public sealed record NotifyOptions
{
    public required SiteContent Content { get; init; }

    /// <summary>The run's time (--now): which events have happened, maintenance start and completion, the first-run cutoff.</summary>
    public required DateTimeOffset Now { get; init; }
    public required string LedgerPath { get; init; }

    /// <summary>Print what would be sent; send nothing, resolve no variable, write no ledger.</summary>
    public bool DryRun { get; init; }

    /// <summary>Only these channel ids; empty for all.</summary>
    public IReadOnlyList<string> ChannelIds { get; init; } = [];
    public required Func<string, string?> Environment { get; init; }

    public RetryPolicy Retry { get; init; } = new();

    /// <summary>How long one HTTP request or SMTP exchange may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Waits between attempts run on this provider's timers.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>For tests: the handler under the HttpClient; null uses sockets.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }
}

/// <summary>What a run did, for the exit code and the summary line.</summary>
/// <param name="Failed">Deliveries that stay pending after this run, as printed lines.</param>
public sealed record NotifyReport(int Delivered, int RecordedWithoutSending, int Pending, IReadOnlyList<string> Failed, IReadOnlyList<Diagnostics.Diagnostic> ConfigurationErrors)
{
    public bool HasConfigurationErrors => ConfigurationErrors.Count > 0;
}
