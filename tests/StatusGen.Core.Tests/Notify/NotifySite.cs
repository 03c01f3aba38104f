using StatusGen.Notify;
using StatusGen.Tests.Loading;

namespace StatusGen.Tests.Notify;

/// <summary>A content folder with a notify section, and the notify run against it in-process.</summary>
internal sealed class NotifySite : IDisposable
{
    public const string Incident = """
        ---
        title: API errors
        started: 2026-11-20 09:15
        resolved: 2026-11-20 10:30
        impact: major
        components:
          api:
            2026-11-20 09:15: major_outage
            2026-11-20 09:50: partial_outage
        ---
        ## 2026-11-20 10:30 Resolved
        A configuration push made the API reject signed requests; we rolled it back and errors stopped.

        ## 2026-11-20 09:50 Identified
        A configuration push is the cause; rolling back.

        ## 2026-11-20 09:20 Investigating
        We are looking into **errors** on the API.
        """;

    /// <summary>The same incident as first published, at 09:20 in Berlin: open, one update.</summary>
    public const string OpenedIncident = """
        ---
        title: API errors
        started: 2026-11-20 09:15
        impact: major
        components:
          api: major_outage
        ---
        ## 2026-11-20 09:20 Investigating
        We are looking into **errors** on the API.
        """;

    /// <summary>After every update of <see cref="Incident"/> (11:00 UTC = 12:00 in Berlin).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 11, 0, 0, TimeSpan.Zero);

    /// <summary>Fast enough for tests, same rules as the defaults.</summary>
    public static readonly RetryPolicy QuickRetry = new() { Attempts = 3, FirstDelay = TimeSpan.FromMilliseconds(20), MaxWait = TimeSpan.FromSeconds(5) };

    private readonly ContentFixture fixture;

    /// <param name="channels">The YAML list under 'channels:', indented by four spaces.</param>
    public NotifySite(string channels, string language = "en", string firstRun = "30d")
    {
        fixture = new ContentFixture(ContentFixture.SiteYml.Replace("language: en", $"language: {language}", StringComparison.Ordinal) + $"""

            notify:
              firstRun: {firstRun}
              channels:
            {channels}
            """);
    }

    public Dictionary<string, string> Environment { get; } = [];

    public string Content => fixture.Content;

    public string Ledger => Path.Combine(fixture.Content, NotifyLedger.DefaultRelativePath);

    public NotifySite With(string path, string text)
    {
        fixture.With(path, text);
        return this;
    }

    public string[] Diagnostics(DateTimeOffset now) => fixture.Lines(now);

    public async Task<NotifyRun> Run(DateTimeOffset? now = null, RetryPolicy? retry = null, TimeSpan? timeout = null, bool dryRun = false, params string[] channels)
    {
        var at = now ?? Now;
        var check = fixture.Check(at);
        Assert.IsFalse(check.HasErrors, string.Join("\n", check.Diagnostics));
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var options = new NotifyOptions
        {
            Content = check.Content!,
            Now = at,
            LedgerPath = Ledger,
            DryRun = dryRun,
            ChannelIds = channels,
            Environment = name => Environment.GetValueOrDefault(name),
            Retry = retry ?? QuickRetry,
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
        };
        var report = await new Notifier(options, output, error).RunAsync();
        return new NotifyRun(report, output.ToString(), error.ToString());
    }

    public void Dispose() => fixture.Dispose();
}

internal sealed record NotifyRun(NotifyReport Report, string Output, string Error)
{
    public override string ToString() => $"stdout:\n{Output}\nstderr:\n{Error}";
}
