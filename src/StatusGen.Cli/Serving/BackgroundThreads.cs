using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace StatusGen.Cli.Serving;

/// <summary>
/// Runs the preview's background render on threads of its own, one per core, each taking the next piece as it comes
/// free. Not the thread pool: a render that holds every pool thread for a second would make the server's requests
/// (and the next rebuild) queue behind it. On Linux the threads run at a lower priority (nice 10), so the page a
/// browser asks for and the next edit's rebuild go first.
/// </summary>
internal static class BackgroundThreads
{
    private const int Nice = 10;

    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled before every piece ran.</exception>
    /// <remarks>The first failing piece stops the others and is rethrown as it is.</remarks>
    public static void Run(int count, Action<int> piece, CancellationToken cancel)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var threads = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => new Thread(() =>
        {
            LowerPriority();
            try
            {
                for (var i = Interlocked.Increment(ref next); i < count && !stop.IsCancellationRequested; i = Interlocked.Increment(ref next))
                {
                    piece(i);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                stop.Cancel();
            }
        })
        { IsBackground = true, Name = "statusgen preview render" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failure is not null && failure.SourceException is not OperationCanceledException)
        {
            failure.Throw();
        }

        cancel.ThrowIfCancellationRequested();
        failure?.Throw();
    }

    private static void LowerPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // setpriority(PRIO_PROCESS, tid) sets one thread's nice value on Linux; a failure only costs the priority.
                _ = SetPriority(0, GetThreadId(), Nice);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc: the render runs at normal priority.
            }
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
