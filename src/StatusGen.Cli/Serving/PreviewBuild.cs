using System.Collections.Immutable;
using System.Diagnostics;
using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Loading;

namespace StatusGen.Cli.Serving;

/// <summary>
/// One preview build, held in memory: the site to serve (this build's, or the last good one's when this one failed)
/// and the errors of this one. The preview never writes the site anywhere, so nothing it adds (reload script, error
/// overlay) can reach a deploy.
/// </summary>
/// <param name="Fallback">The site before this one, with nothing rendered: served if this build's render fails later.</param>
internal sealed record PreviewBuild(
    int Version,
    PreviewSite? Site,
    ImmutableArray<Diagnostic> Diagnostics,
    bool Failed,
    TimeSpan Duration,
    Lazy<PreviewSite>? Fallback = null)
{
    public static readonly PreviewBuild None = new(0, null, [], Failed: true, TimeSpan.Zero);

    public bool HasGoodBuild => Site is not null;

    public ImmutableArray<Diagnostic> Errors => [.. Diagnostics.Where(d => d.IsError)];
}

/// <summary>
/// Runs Load -> Validate -> Compute and lists the output (<see cref="PreviewSite"/>), rendering nothing yet; a failed
/// build keeps the previous build's site. <see cref="Complete"/> renders the rest.
/// </summary>
internal sealed class PreviewBuilder(string contentDirectory, string displayBase, Func<DateTimeOffset> now)
{
    private readonly IReadOnlyList<IOutputGenerator> generators = OutputGenerators.All(cacheDirectory: null, displayBase);
    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));

    // What each content file produced last time: an edit re-parses only the files whose bytes changed, and reads only
    // the files the watcher named.
    private readonly ContentFileMemo memo = new();

    /// <summary>Content files the last build parsed again, and those it reused unchanged.</summary>
    public (int Parsed, int Reused) LastLoad => (memo.Misses, memo.Hits);

    /// <summary>Of the files the last build reused, those it did not even read (the watcher saw no change to them).</summary>
    public int LastUnread => memo.Unread;

    /// <param name="changes">What the watcher saw since the last build; null (or lost events) reads every file.</param>
    public PreviewBuild Build(PreviewBuild previous, ContentChanges? changes = null)
    {
        var stopwatch = Stopwatch.StartNew();
        if (changes is not null && WatcherKnowsWhatChanged(changes))
        {
            memo.AssumeUnchangedExcept(changes.Paths);
        }

        // Status, uptime and the list of pages are made while validation and the lint run; they are used only if the
        // check finds no errors (then they are what a build after the check would make).
        var at = now();
        var (check, planned) = SiteBuilder.Check(contentDirectory, at, displayBase, OutputGenerators.Languages, memo, content => PreviewSite.Plan(SiteBuilder.Compute(content, at), generators, previous.Site));
        if (check.HasErrors)
        {
            return previous with { Version = previous.Version + 1, Diagnostics = check.Diagnostics, Failed = true, Duration = stopwatch.Elapsed };
        }

        try
        {
            var site = planned!.GetAwaiter().GetResult();
            return new PreviewBuild(previous.Version + 1, site, check.Diagnostics, Failed: false, stopwatch.Elapsed, previous.Site?.Fresh());
        }
        catch (Exception e) when (e is RenderDiagnosticsException or InvalidOperationException)
        {
            return FailedRender(previous, check.Diagnostics, e, stopwatch.Elapsed);
        }
    }

    /// <summary>
    /// Renders whatever of <paramref name="build"/>'s site is not rendered yet; null when it all rendered, else the
    /// build that replaces it (<see cref="Failed"/>).
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled (the next edit).</exception>
    public PreviewBuild? Complete(PreviewBuild build, CancellationToken cancel)
    {
        try
        {
            build.Site!.RenderAll(cancel);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Failed(build, e);
        }
    }

    /// <summary>
    /// The build that replaces <paramref name="build"/> after one of its files failed to render: its errors, as `build`
    /// reports them (every page's, so the site is rendered again as `build` renders it), over the site before.
    /// </summary>
    public PreviewBuild Failed(PreviewBuild build, Exception failure)
    {
        try
        {
            new SiteBuilder(generators).Render(build.Site!.Snapshot, _ => { });
        }
        catch (Exception again) when (again is RenderDiagnosticsException or InvalidOperationException)
        {
            failure = again;
        }

        return FailedRender(build with { Site = build.Fallback?.Value }, build.Diagnostics, failure, build.Duration);
    }

    /// <summary>Whether a content file differs from what the last build read (a change the watcher missed): reads every file.</summary>
    public bool MissedChanges()
    {
        ContentLoader.Load(contentDirectory, displayBase, OutputGenerators.Languages, memo);
        return memo.Misses > 0 || memo.Forgotten > 0;
    }

    private PreviewBuild FailedRender(PreviewBuild previous, ImmutableArray<Diagnostic> checkDiagnostics, Exception e, TimeSpan duration) => e switch
    {
        // The site's own templates failed: content errors, as `build` reports them, over the last good build.
        RenderDiagnosticsException failure => previous with { Version = previous.Version + 1, Diagnostics = [.. checkDiagnostics, .. failure.Diagnostics], Failed = true, Duration = duration },

        // A theme or generator bug: show it like a content error so the preview stays up.
        _ => previous with
        {
            Version = previous.Version + 1,
            Diagnostics = [.. checkDiagnostics, new Diagnostic(Severity.Error, DiagnosticCodes.UnreadableFile, SourcePosition.StartOf(displayBase), $"rendering failed: {e.Message}")],
            Failed = true,
            Duration = duration,
        },
    };

    /// <summary>
    /// Whether the load may reuse, unread, every file the events did not name: only when no event was lost and each
    /// named a file directly in incidents/ or maintenance/, site.yml (a change to it re-reads everything through the
    /// memo's site key), or something outside the content folder (a theme's templates). Anything else (a folder
    /// renamed, a link, the theme's logo) reads everything again.
    /// </summary>
    private bool WatcherKnowsWhatChanged(ContentChanges changes) =>
        !changes.Lost && changes.Paths.All(path =>
            !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || Path.GetDirectoryName(path) is { } folder && (folder == Path.Combine(root, "incidents") || folder == Path.Combine(root, "maintenance"))
            || path == Path.Combine(root, "site.yml"));
}
