using System.Runtime.ExceptionServices;

namespace StatusGen.Building;

/// <summary>
/// Independent pieces of work on every core that fail as a plain loop would: with the first piece's own exception
/// (an <see cref="IOException"/> from a write, a page's error), not the parallel loop's <see cref="AggregateException"/>.
/// The calling thread takes part, and pieces are handed out as threads come free.
/// </summary>
public static class ParallelWork
{
    /// <summary>Results held per window by <see cref="InOrder{T}"/>: a few hundred pages are a few MB, and enough to keep every core busy between windows.</summary>
    public const int DefaultWindow = 256;

    public static void For(int count, Action<int> body) => Unwrapped(() => Parallel.For(0, count, body));

    public static void ForEach<T>(IEnumerable<T> items, Action<T> body) => Unwrapped(() => Parallel.ForEach(items, body));

    /// <summary>
    /// <paramref name="body"/>(0) to <paramref name="body"/>(count - 1) on every core, handed back in index order a
    /// window at a time: while the caller takes one window's results, the next window is worked on. At most two
    /// windows of results are held, however large <paramref name="count"/> is, so a caller that writes each result
    /// out keeps memory bounded (a site of 100,000 pages is about 0.8 GB of HTML).
    /// </summary>
    /// <remarks>A failing piece stops the sequence with its own exception. A caller that stops early waits for the window in flight.</remarks>
    public static IEnumerable<T> InOrder<T>(int count, Func<int, T> body, int window = DefaultWindow)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        return count <= 0 ? [] : Windows(count, body, window);
    }

    private static IEnumerable<T> Windows<T>(int count, Func<int, T> body, int window)
    {
        Task<T[]> Start(int first) => Task.Run(() =>
        {
            var results = new T[Math.Min(window, count - first)];
            For(results.Length, i => results[i] = body(first + i));
            return results;
        });

        Task<T[]>? next = Start(0);
        try
        {
            for (var first = 0; next is not null; first += window)
            {
                var results = next.GetAwaiter().GetResult();
                next = first + window < count ? Start(first + window) : null;
                foreach (var result in results)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            if (next is not null)
            {
                // The caller stopped (its own failure, or it had enough): nothing may still run once it goes on. The
                // window's outcome no longer matters, and WaitAny does not throw it.
                Task.WaitAny(next);
            }
        }
    }

    private static void Unwrapped(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
