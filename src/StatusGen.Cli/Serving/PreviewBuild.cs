using System.Collections.Immutable;
using System.Diagnostics;
using StatusGen.Building;
using StatusGen.Diagnostics;

namespace StatusGen.Cli.Serving;

/// <summary>
/// One preview build, held in memory: the files of the last good build, and the errors of this one when it failed.
/// The preview never writes the site anywhere, so nothing it adds (reload script, error overlay) can reach a deploy.
/// </summary>
internal sealed record PreviewBuild(
    int Version,
    IReadOnlyDictionary<string, OutputFile> Files,
    ImmutableArray<Diagnostic> Diagnostics,
    bool Failed,
    TimeSpan Duration)
{
    public static readonly PreviewBuild None = new(0, new Dictionary<string, OutputFile>(), [], Failed: true, TimeSpan.Zero);

    public bool HasGoodBuild => Files.Count > 0;

    public ImmutableArray<Diagnostic> Errors => [.. Diagnostics.Where(d => d.IsError)];
}

/// <summary>Runs Load -> Validate -> Compute -> Render into memory; a failed build keeps the previous build's files.</summary>
internal sealed class PreviewBuilder(string contentDirectory, string displayBase, Func<DateTimeOffset> now)
{
    private readonly SiteBuilder builder = new(OutputGenerators.All(cacheDirectory: null, displayBase));

    // What each content file produced last time: an edit re-parses only the files whose bytes changed.
    private readonly StatusGen.Loading.ContentFileMemo memo = new();

    /// <summary>Content files the last build parsed again, and those it reused unchanged.</summary>
    public (int Parsed, int Reused) LastLoad => (memo.Misses, memo.Hits);

    public PreviewBuild Build(PreviewBuild previous)
    {
        var stopwatch = Stopwatch.StartNew();
        var at = now();
        var check = SiteBuilder.Check(contentDirectory, at, displayBase, OutputGenerators.Languages, memo);
        if (check.HasErrors)
        {
            return previous with { Version = previous.Version + 1, Diagnostics = check.Diagnostics, Failed = true, Duration = stopwatch.Elapsed };
        }

        try
        {
            var files = builder.Render(SiteBuilder.Compute(check.Content!, at));
            return new PreviewBuild(previous.Version + 1, files.ToDictionary(f => f.Path, StringComparer.Ordinal), check.Diagnostics, Failed: false, stopwatch.Elapsed);
        }
        catch (RenderDiagnosticsException e)
        {
            // The site's own templates failed: content errors, as `build` reports them, over the last good build.
            return previous with { Version = previous.Version + 1, Diagnostics = [.. check.Diagnostics, .. e.Diagnostics], Failed = true, Duration = stopwatch.Elapsed };
        }
        catch (InvalidOperationException e)
        {
            // A theme or generator bug: show it like a content error so the preview stays up.
            var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.UnreadableFile, SourcePosition.StartOf(displayBase), $"rendering failed: {e.Message}");
            return previous with { Version = previous.Version + 1, Diagnostics = [.. check.Diagnostics, diagnostic], Failed = true, Duration = stopwatch.Elapsed };
        }
    }
}
