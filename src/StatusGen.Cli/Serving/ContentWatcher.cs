namespace StatusGen.Cli.Serving;

/// <summary>
/// Calls back once after a burst of file changes has been quiet for the debounce time: editors save in several
/// steps (temporary file, rename), and one rebuild per save is what the user wants.
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

    public ContentWatcher(IEnumerable<string> folders, TimeSpan debounce, Action onChange)
    {
        this.debounce = debounce;
        timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Touch();
            watcher.Created += (_, _) => Touch();
            watcher.Deleted += (_, _) => Touch();
            watcher.Renamed += (_, _) => Touch();
            watcher.Error += (_, _) => Touch(); // an overflowed buffer lost events: rebuild to be safe
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void Touch() => timer.Change(debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }
}
