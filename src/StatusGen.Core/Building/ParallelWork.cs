using System.Runtime.ExceptionServices;

namespace StatusGen.Building;

/// <summary>
/// Independent pieces of work on every core that fail as a plain loop would: with the first piece's own exception
/// (an <see cref="IOException"/> from a write, a page's error), not the parallel loop's <see cref="AggregateException"/>.
/// The calling thread takes part, and pieces are handed out as threads come free.
/// </summary>
public static class ParallelWork
{
    public static void For(int count, Action<int> body) => Unwrapped(() => Parallel.For(0, count, body));

    public static void ForEach<T>(IEnumerable<T> items, Action<T> body) => Unwrapped(() => Parallel.ForEach(items, body));

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
