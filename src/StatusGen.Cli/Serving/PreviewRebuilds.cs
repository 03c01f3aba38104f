using System.Diagnostics;
using StatusGen.Building;

namespace StatusGen.Cli.Serving;

/// <summary>
/// The preview's builds over time: a rebuild after each save (the model, then the site listed but not rendered), the
/// open pages told to reload as soon as the model is ready, the rest rendered in the background until the next save
/// stops it, and a periodic check for changes the file watcher missed.
/// </summary>
internal sealed class PreviewRebuilds(PreviewBuilder builder, TextWriter output, TextWriter error, bool allWarnings) : IDisposable
{
    /// <summary>How often the safety net reads every file for a change the watcher missed (it waits while saves keep coming).</summary>
    public static readonly TimeSpan SafetyNetPeriod = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long the background render waits after a build is served: the reloading browser asks for the page, its
    /// stylesheet and icons within a few tens of milliseconds, and those are made first without the render competing
    /// for the cores or making the collector stop every thread.
    /// </summary>
    public static readonly TimeSpan BackgroundDelay = TimeSpan.FromMilliseconds(250);

    private readonly Lock gate = new();
    private readonly Lock building = new();
    private PreviewBuild current = PreviewBuild.None;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource background = new();
    private Task rendered = Task.CompletedTask;
    private ContentWatcher? watcher;
    private Timer? safetyNet;
    private long lastEvent = Environment.TickCount64;
    private long events;
    private TimeSpan quiet = SafetyNetPeriod / 2;

    /// <summary>What the background render waits for before it starts; tests hold it to request pages before it runs.</summary>
    public Task BackgroundGate { get; init; } = Task.CompletedTask;

    public PreviewBuild Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    /// <summary>The current build, and a task that completes when the next one replaces it.</summary>
    public (PreviewBuild Build, Task Next) CurrentAndNext()
    {
        lock (gate)
        {
            return (current, changed.Task);
        }
    }

    /// <summary>The background render of the current build: done when every file is made, or when a save stopped it.</summary>
    public Task Rendered
    {
        get
        {
            lock (gate)
            {
                return rendered;
            }
        }
    }

    /// <summary>Rebuilds after every save in <paramref name="folders"/>, and checks every <paramref name="safetyNetPeriod"/> for a save the watcher missed.</summary>
    public void Watch(IReadOnlyList<string> folders, TimeSpan safetyNetPeriod)
    {
        watcher = new ContentWatcher(folders, ContentWatcher.SaveDebounce, RebuildAfterChange, onEvent: () =>
        {
            Interlocked.Exchange(ref lastEvent, Environment.TickCount64);
            Interlocked.Increment(ref events);
            StopBackground(); // the site being rendered is about to be replaced: leave the cores to the rebuild
        });
        quiet = safetyNetPeriod / 2;
        safetyNet = new Timer(_ => CheckForMissedChanges(), null, safetyNetPeriod, safetyNetPeriod);
    }

    /// <summary>Builds the model now (reading the files <paramref name="changes"/> names, or every file) and serves it; the rest renders in the background.</summary>
    public void Rebuild(ContentChanges? changes = null)
    {
        lock (building)
        {
            var seen = Interlocked.Read(ref events);
            var build = builder.Build(Current, changes ?? ContentChanges.Everything);
            Publish(build, replacing: null);
            if (!build.Failed)
            {
                RenderInBackground(build, seen);
            }
        }
    }

    /// <summary>A request found that a file of <paramref name="build"/> fails to render: the build becomes a failed one over the site before.</summary>
    public PreviewBuild RenderFailed(PreviewBuild build, Exception failure)
    {
        Publish(builder.Failed(build, failure), replacing: build);
        return Current;
    }

    private void RebuildAfterChange()
    {
        try
        {
            lock (building)
            {
                var changes = watcher?.TakeChanges() ?? ContentChanges.Everything;
                if (changes.Paths.Count > 0 || changes.Lost)
                {
                    Rebuild(changes);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A watcher thread must not take the server down; the next save tries again.
            error.WriteLine($"statusgen: rebuild failed: {e.Message}");
        }
    }

    /// <param name="seen">The file events counted when the build started: one more since, and another rebuild is coming.</param>
    private void RenderInBackground(PreviewBuild build, long seen)
    {
        var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var task = new Task(() =>
        {
            try
            {
                BackgroundGate.Wait(stop.Token);
                stop.Token.WaitHandle.WaitOne(BackgroundDelay);
                stop.Token.ThrowIfCancellationRequested();
                if (builder.Complete(build, stop.Token) is { } failed)
                {
                    Publish(failed, replacing: build);
                }
                else
                {
                    output.WriteLine(FormattableString.Invariant($"Built {build.Site!.Count} files in {(build.Duration + clock.Elapsed).TotalMilliseconds:F0} ms (build {build.Version})."));
                }
            }
            catch (OperationCanceledException)
            {
                // The next save replaced this build.
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error.WriteLine($"statusgen: rendering in the background failed: {e.Message}");
            }
        }, TaskCreationOptions.LongRunning);
        lock (gate)
        {
            // Cancelled, not disposed: the render it stops may still be reading its token.
            background.Cancel();
            background = stop;
            rendered = task;
        }

        if (Interlocked.Read(ref events) != seen)
        {
            stop.Cancel(); // an event came while this build was made: leave the cores to the next rebuild
        }

        task.Start();
    }

    private void StopBackground()
    {
        lock (gate)
        {
            background.Cancel();
        }
    }

    /// <summary>Puts <paramref name="build"/> in place (only if <paramref name="replacing"/> is still current, when given) and tells open pages.</summary>
    private void Publish(PreviewBuild build, PreviewBuild? replacing)
    {
        PreviewBuild before;
        lock (gate)
        {
            if (replacing is not null && !ReferenceEquals(current, replacing))
            {
                return;
            }

            before = current;
            current = build;
            var previous = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            previous.TrySetResult();
        }

        PrintDiagnostics(before, build);
        if (build.Failed)
        {
            error.WriteLine(build.HasGoodBuild ? "Build failed; still serving the last good build." : "Build failed; the page shows the errors.");
        }
        else
        {
            output.WriteLine(FormattableString.Invariant($"Build {build.Version} ready in {build.Duration.TotalMilliseconds:F0} ms; pages render as they are asked for, the rest in the background."));
        }
    }

    /// <summary>The first build prints its diagnostics as `statusgen build` does; each rebuild only what changed.</summary>
    private void PrintDiagnostics(PreviewBuild previous, PreviewBuild build)
    {
        if (previous.Version == 0)
        {
            DiagnosticOutput.Print(build.Diagnostics, error, allWarnings: allWarnings);
        }
        else if (previous.Diagnostics.Length > 0 || build.Diagnostics.Length > 0)
        {
            DiagnosticChanges.Print(previous.Diagnostics, build.Diagnostics, error, allWarnings);
        }
    }

    /// <summary>The safety net: once saves have stopped for a while, reads every file; a change the watcher missed rebuilds as lost events do.</summary>
    private void CheckForMissedChanges()
    {
        if (watcher is null || Environment.TickCount64 - Interlocked.Read(ref lastEvent) < quiet.TotalMilliseconds)
        {
            return;
        }

        try
        {
            bool missed;
            lock (building)
            {
                missed = builder.MissedChanges();
            }

            if (missed)
            {
                watcher.Lost();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"statusgen: checking for missed changes failed: {e.Message}");
        }
    }

    public void Dispose()
    {
        safetyNet?.Dispose();
        watcher?.Dispose();
        StopBackground();
    }
}
