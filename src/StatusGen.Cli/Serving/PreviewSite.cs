using StatusGen.Building;

namespace StatusGen.Cli.Serving;

/// <summary>
/// The site of one preview build, made as it is asked for: the theme's pages are listed with a deferred render
/// (<see cref="IPlannedOutput"/>), so the page a browser asks for renders at once (a millisecond) instead of after all
/// 10,000; the other outputs (feeds, JSON) are made whole by whoever needs them first. <see cref="RenderAll"/> makes
/// the rest in the background. Every file is made once, from the build's snapshot alone, so a file served on request
/// is the file a full render, and `build`, would make.
/// </summary>
internal sealed class PreviewSite
{
    private readonly IReadOnlyList<PlannedFile> planned;
    private readonly Dictionary<string, Lazy<OutputFile>> pages;
    private readonly OutputJob[] jobs;
    private readonly IReadOnlyDictionary<string, int> ownerHints;

    private PreviewSite(SiteSnapshot snapshot, IReadOnlyList<PlannedFile> planned, IReadOnlyList<IOutputGenerator> others, IReadOnlyDictionary<string, int> ownerHints)
    {
        Snapshot = snapshot;
        this.planned = planned;
        this.ownerHints = ownerHints;
        pages = planned.ToDictionary(p => p.Path, p => new Lazy<OutputFile>(p.Render, LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal);
        jobs = [.. others.Select(generator => new OutputJob(generator, snapshot))];
    }

    public SiteSnapshot Snapshot { get; }

    /// <summary>Lists the files of <paramref name="snapshot"/> without rendering them.</summary>
    /// <param name="previous">The site before, whose outputs tell which generator makes a path (a hint only: every path is checked).</param>
    /// <exception cref="RenderDiagnosticsException">The site's own templates have errors.</exception>
    public static PreviewSite Plan(SiteSnapshot snapshot, IReadOnlyList<IOutputGenerator> generators, PreviewSite? previous)
    {
        var planned = generators.OfType<IPlannedOutput>().SelectMany(output => output.Plan(snapshot)).ToList();
        var others = generators.Where(g => g is not IPlannedOutput).ToList();
        return new PreviewSite(snapshot, planned, others, previous?.Owners() ?? new Dictionary<string, int>());
    }

    /// <summary>
    /// The same site with nothing rendered yet, made when first asked for: what a later build falls back to if its
    /// render fails, holding this one's snapshot and page list but not its rendered pages.
    /// </summary>
    public Lazy<PreviewSite> Fresh()
    {
        var (snapshot, list, generators, owners) = (Snapshot, planned, jobs.Select(j => j.Generator).ToList(), Owners());
        return new(() => new PreviewSite(snapshot, list, generators, owners));
    }

    /// <summary>The file at <paramref name="path"/> (relative, as <see cref="OutputFile.Path"/>), made now if it was not yet; null when the site has none.</summary>
    /// <exception cref="RenderDiagnosticsException">A site's template failed for this file.</exception>
    public OutputFile? Find(string path)
    {
        if (pages.TryGetValue(path, out var page))
        {
            return page.Value;
        }

        if (ownerHints.TryGetValue(path, out var owner) && owner < jobs.Length && jobs[owner].Files(CancellationToken.None).TryGetValue(path, out var hinted))
        {
            return hinted;
        }

        foreach (var job in jobs)
        {
            if (job.Files(CancellationToken.None).TryGetValue(path, out var file))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>Whether a page of the theme is at <paramref name="path"/>, known without making anything.</summary>
    public bool HasPage(string path) => pages.ContainsKey(path);

    /// <summary>
    /// Makes every file not made yet, on every core, on threads of its own (the server's requests keep the thread pool);
    /// stops between files when <paramref name="cancel"/> is cancelled (the next edit), leaving the rest to requests.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="RenderDiagnosticsException">A site's template failed for a page; anything else is a bug.</exception>
    public void RenderAll(CancellationToken cancel) =>
        BackgroundThreads.Run(planned.Count + jobs.Length, i =>
        {
            if (i < planned.Count)
            {
                _ = pages[planned[i].Path].Value;
            }
            else
            {
                jobs[i - planned.Count].Files(cancel);
            }
        }, cancel);

    /// <summary>Every file, sorted by path (renders what is not made yet): the site as `build` would write it.</summary>
    public IReadOnlyList<OutputFile> Files() =>
        [.. pages.Values.Select(p => p.Value).Concat(jobs.SelectMany(j => j.Files(CancellationToken.None).Values)).OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>The number of files, known once every output has been made.</summary>
    public int Count => pages.Count + jobs.Sum(j => j.Files(CancellationToken.None).Count);

    private Dictionary<string, int> Owners()
    {
        var owners = new Dictionary<string, int>(ownerHints, StringComparer.Ordinal);
        for (var i = 0; i < jobs.Length; i++)
        {
            foreach (var path in jobs[i].MadePaths)
            {
                owners[path] = i;
            }
        }

        return owners;
    }

    /// <summary>One output that cannot list its files before making them: made whole, once, by whoever asks first.</summary>
    private sealed class OutputJob(IOutputGenerator generator, SiteSnapshot snapshot)
    {
        private readonly Lock gate = new();
        private Dictionary<string, OutputFile>? files;

        public IOutputGenerator Generator => generator;

        public IEnumerable<string> MadePaths
        {
            get
            {
                lock (gate)
                {
                    return files?.Keys.ToList() ?? [];
                }
            }
        }

        /// <summary>The output's files; a cancelled run leaves them to the next caller.</summary>
        public Dictionary<string, OutputFile> Files(CancellationToken cancel)
        {
            lock (gate)
            {
                if (files is null)
                {
                    var made = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
                    foreach (var file in generator.Generate(snapshot))
                    {
                        cancel.ThrowIfCancellationRequested();
                        made.Add(file.Path, file);
                    }

                    files = made;
                }

                return files;
            }
        }
    }
}
