namespace StatusGen.Cli.Serving;

/// <summary>
/// Calls back once after a burst of file changes has been quiet for the debounce time: editors save in several
/// steps (temporary file, rename), and one rebuild per save is what the user wants.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
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
