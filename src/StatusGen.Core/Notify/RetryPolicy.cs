namespace StatusGen.Notify;

/// <summary>How hard one run tries before leaving a delivery pending for the next: exponential backoff, honouring Retry-After.</summary>
public sealed record RetryPolicy
{
    /// <summary>Attempts per delivery in one run, the first included.</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>The wait before the second attempt; doubled before each further one.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A Retry-After longer than this is not waited for: the delivery stays pending for the next run.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait before attempt <paramref name="attempt"/> (2 for the first retry); null when the run should give up.</summary>
    public TimeSpan? DelayBefore(int attempt, TimeSpan? retryAfter)
    {
        if (attempt > Attempts)
        {
            return null;
        }

        var backoff = FirstDelay * Math.Pow(2, attempt - 2);
        var wait = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return wait <= MaxWait ? wait : null;
    }
}
