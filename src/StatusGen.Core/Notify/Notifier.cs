using StatusGen.Diagnostics;
using StatusGen.Notify.Channels;

namespace StatusGen.Notify;

/// <summary>
/// The notify run, as stages: find events -> read the ledger -> apply the first-run cutoff -> deliver what is
/// pending, oldest first, writing the ledger after each delivery. A channel that fails is left alone for the rest
/// of the run, so its readers never get an update before the one it follows; the other channels carry on.
/// </summary>
public sealed class Notifier(NotifyOptions options, TextWriter output, TextWriter error)
{
    private static readonly Dictionary<ChannelType, IChannelSender> Senders = new()
    {
        [ChannelType.Email] = new EmailSender(),
        [ChannelType.Slack] = new SlackSender(),
        [ChannelType.Mattermost] = new MattermostSender(),
        [ChannelType.Discord] = new DiscordSender(),
        [ChannelType.Teams] = new TeamsSender(),
        [ChannelType.Telegram] = new TelegramSender(),
        [ChannelType.Mastodon] = new MastodonSender(),
        [ChannelType.Webhook] = new WebhookSender(),
    };

    private readonly SecretRedactor redactor = new();

    /// <summary>The channels this run covers: all, or those named by --channel (unknown names are the caller's usage error).</summary>
    public IReadOnlyList<NotifyChannel> Channels =>
        [.. options.Content.Site.Notify.Channels.Where(c => options.ChannelIds.Count == 0 || options.ChannelIds.Contains(c.Id))];

    /// <exception cref="InvalidDataException">The ledger file is not a ledger.</exception>
    public async Task<NotifyReport> RunAsync(CancellationToken cancellation = default)
    {
        var channels = Channels;
        var diagnostics = new DiagnosticList();
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var channel in options.DryRun ? [] : channels)
        {
            if (ChannelValues.Resolve(channel, options.Environment, diagnostics, redactor) is { } resolved)
            {
                values[channel.Id] = resolved;
            }
        }

        if (diagnostics.HasErrors)
        {
            return new NotifyReport(0, 0, 0, [], diagnostics.ToImmutable());
        }

        var events = EventFinder.Find(options.Content, options.Now);
        var ledger = NotifyLedger.Read(options.LedgerPath);
        var (afterCutoff, recorded) = ApplyFirstRun(ledger, channels, events);
        var pending = channels.ToDictionary(c => c.Id, c => events.Where(e => Admits(c, e) && !afterCutoff.Has(c.Id, e.Id)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        // Written even when nothing was old: otherwise a failed first delivery would meet the cutoff again next run and be dropped.
        if (channels.Any(c => !ledger.Knows(c.Id)) && !options.DryRun)
        {
            afterCutoff.Write(options.LedgerPath);
        }

        var total = pending.Values.Sum(p => p.Count);
        if (total == 0)
        {
            output.WriteLine(options.DryRun ? "notify: nothing would be sent" : "notify: nothing to send");
            return new NotifyReport(0, recorded, 0, [], []);
        }

        var due = events.Where(e => pending.Values.Any(p => p.Contains(e.Id))).ToList();
        return await Deliver(afterCutoff, channels, due, pending, values, recorded, cancellation).ConfigureAwait(false);
    }

    private async Task<NotifyReport> Deliver(NotifyLedger ledger, IReadOnlyList<NotifyChannel> channels, List<NotifyEvent> due, Dictionary<string, HashSet<string>> pending,
        Dictionary<string, IReadOnlyDictionary<string, string>> values, int recorded, CancellationToken cancellation)
    {
        var renderer = MessageRenderer.For(options.Content.Site);
        var webhook = new Lazy<WebhookBody>(() => new WebhookBody(options.Content, options.Now));
        using var http = new HttpClient(options.HttpHandler ?? new SocketsHttpHandler { ConnectTimeout = options.Timeout }, disposeHandler: options.HttpHandler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var context = new DeliveryContext(options.Now, http, e => webhook.Value.Write(e), options.Timeout);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        var failed = new List<string>();
        var delivered = 0;
        foreach (var (e, index) in due.Select((e, i) => (e, i)))
        {
            var message = renderer.Render(e);
            foreach (var channel in channels.Where(c => pending[c.Id].Contains(e.Id)))
            {
                if (options.DryRun)
                {
                    DryRunPrinter.Print(output, channel, e, message);
                    continue;
                }

                if (blocked.Contains(channel.Id))
                {
                    continue;
                }

                var outcome = await Attempt(new Delivery(channel, values[channel.Id], e, message, context), cancellation).ConfigureAwait(false);
                if (outcome.Delivered)
                {
                    ledger = ledger.Add(channel.Id, [e.Id]);
                    ledger.Write(options.LedgerPath);
                    delivered++;
                    output.WriteLine(redactor.Redact($"notify: {channel.Id}: {WebhookSender.EventName(e.Kind)} {e.Id}: delivered"));
                }
                else
                {
                    blocked.Add(channel.Id);
                    var line = redactor.Redact($"notify: {channel.Id}: {WebhookSender.EventName(e.Kind)} {e.Id}: {outcome.Reason}; it and {due.Skip(index + 1).Count(p => pending[channel.Id].Contains(p.Id))} later event(s) for this channel stay pending for the next run");
                    error.WriteLine(line);
                    failed.Add(line);
                }
            }
        }

        var left = options.DryRun ? pending.Values.Sum(p => p.Count) : channels.Sum(c => pending[c.Id].Count(id => !ledger.Has(c.Id, id)));
        output.WriteLine(options.DryRun
            ? $"notify: dry run: {left} message(s) would be sent; nothing was sent"
            : $"notify: {delivered} delivered, {left} pending{(recorded > 0 ? $", {recorded} older event(s) recorded without sending" : "")}");
        return new NotifyReport(delivered, recorded, left, failed, []);
    }

    private async Task<DeliveryOutcome> Attempt(Delivery delivery, CancellationToken cancellation)
    {
        var sender = Senders[delivery.Channel.Type];
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await sender.SendAsync(delivery, cancellation).ConfigureAwait(false);
            if (outcome.Delivered || !outcome.Retryable)
            {
                return outcome;
            }

            if (options.Retry.DelayBefore(attempt + 1, outcome.RetryAfter) is not { } wait)
            {
                return outcome with { Reason = $"{outcome.Reason} after {attempt} attempt(s)" };
            }

            await Task.Delay(wait, options.Time, cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>A channel that has never run records everything older than notify.firstRun as delivered, so turning notifications on does not send the archive.</summary>
    private (NotifyLedger Ledger, int Recorded) ApplyFirstRun(NotifyLedger ledger, IReadOnlyList<NotifyChannel> channels, IReadOnlyList<NotifyEvent> events)
    {
        var cutoff = options.Now - options.Content.Site.Notify.FirstRun;
        var recorded = 0;
        foreach (var channel in channels.Where(c => !ledger.Knows(c.Id)))
        {
            var old = events.Where(e => e.At < cutoff).Select(e => e.Id).ToList();
            ledger = ledger.Add(channel.Id, old);
            recorded += old.Count;
            output.WriteLine($"notify: {channel.Id}: first run; {old.Count} event(s) older than {Describe(options.Content.Site.Notify.FirstRun)} {(options.DryRun ? "would be" : "are")} recorded as delivered without sending");
        }

        return (ledger, recorded);
    }

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? FormattableString.Invariant($"{span.TotalDays}d")
        : span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? FormattableString.Invariant($"{span.TotalHours}h")
        : FormattableString.Invariant($"{span.TotalMinutes}m");

    /// <summary>The channel's filters: components (any overlap) and the incident's minimum impact.</summary>
    internal static bool Admits(NotifyChannel channel, NotifyEvent e) =>
        (channel.Components.Count == 0 || e.ComponentIds.Any(channel.Components.Contains))
        && (channel.MinimumImpact is not { } minimum || !e.IsIncident || e.Impact >= minimum);
}
