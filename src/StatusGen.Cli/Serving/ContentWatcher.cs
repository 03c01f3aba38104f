namespace StatusGen.Cli.Serving;

/// <summary>
/// Calls back once after a burst of file changes has been quiet for the debounce time: editors save in several
/// steps (temporary file, rename), and one rebuild per save is what the user wants. Keeps the paths the events named
/// until the rebuild takes them, so that the rebuild reads only those files again.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    /// <summary>
    /// The quiet time that ends a save. Measured with FileSystemWatcher on a 2-core Linux machine under load average
    /// 36 (build/StatusGen.Benchmarks editor-saves, docs/workflow.md): VS Code's truncate-and-write and sed -i's rename
    /// finish within 0.1-5 ms, vim's write-and-rename within 29 ms with gaps of up to 17 ms; 50 ms covers every gap
    /// seen. A save slower than that costs one extra rebuild of a half-saved folder, which the next event corrects.
    /// </summary>
    public static readonly TimeSpan SaveDebounce = TimeSpan.FromMilliseconds(50);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly TimeSpan debounce;
    private readonly Action onEvent;
    private readonly Lock gate = new();
    private HashSet<string> paths = new(StringComparer.Ordinal);
    private bool lost;

    /// <param name="onEvent">Called at every event, before the debounce: the preview stops rendering the old site.</param>
    /// <param name="onChange">Called once the events have been quiet for <paramref name="debounce"/>; it takes the changes with <see cref="TakeChanges"/>.</param>
    public ContentWatcher(IEnumerable<string> folders, TimeSpan debounce, Action onChange, Action? onEvent = null)
    {
        this.debounce = debounce;
        this.onEvent = onEvent ?? (() => { });
        timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Touch(e.FullPath);
            watcher.Created += (_, e) => Touch(e.FullPath);
            watcher.Deleted += (_, e) => Touch(e.FullPath);
            watcher.Renamed += (_, e) => Touch(e.OldFullPath, e.FullPath);
            watcher.Error += (_, _) => Lost(); // an overflowed buffer lost events: read everything again
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>The changes since the last call; a rebuild takes them when it starts, so a later event is left for the next one.</summary>
    public ContentChanges TakeChanges()
    {
        lock (gate)
        {
            var taken = new ContentChanges(paths, lost);
            paths = new(StringComparer.Ordinal);
            lost = false;
            return taken;
        }
    }

    /// <summary>Makes the next rebuild read every file, as after lost events (the safety net calls this).</summary>
    public void Lost()
    {
        lock (gate)
        {
            lost = true;
        }

        Restart();
    }

    private void Touch(params string[] changed)
    {
        lock (gate)
        {
            paths.UnionWith(changed.Select(Path.GetFullPath));
        }

        Restart();
    }

    private void Restart()
    {
        onEvent();
        timer.Change(debounce, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }
}

/// <summary>What the file watcher saw between two rebuilds.</summary>
/// <param name="Paths">Full paths the events named (files and folders, old and new names of a rename).</param>
/// <param name="Lost">Events were lost (the watcher's buffer overflowed, or the safety net found a change it missed): read everything.</param>
internal sealed record ContentChanges(IReadOnlySet<string> Paths, bool Lost)
{
    /// <summary>Read every file: the first build, and any rebuild without a watcher.</summary>
    public static readonly ContentChanges Everything = new(new HashSet<string>(), Lost: true);
}
