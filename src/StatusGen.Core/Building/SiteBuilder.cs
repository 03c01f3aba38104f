using System.Collections.Concurrent;
using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Lint;
using StatusGen.Loading;
using StatusGen.Model;
using StatusGen.Publishing;
using StatusGen.Status;
using StatusGen.Uptime;
using StatusGen.Validation;

namespace StatusGen.Building;

/// <summary>
/// The build, as named stages: Load -> Validate -> (stop on errors) -> Compute status and uptime -> Render -> Publish.
/// Built once with its generators; each call is independent.
/// </summary>
public sealed class SiteBuilder(IReadOnlyList<IOutputGenerator> generators)
{
    /// <summary>The languages content may use until a theme supplies its own list: those with a language file.</summary>
    /// English first: a missing 'language' is fixed with the first one.
    public static readonly IReadOnlyCollection<string> DefaultLanguages = [.. Localization.LanguageFiles.Languages.OrderBy(l => l != "en")];

    /// <summary>Load, Validate and the communication lint: what <c>statusgen check</c> runs.</summary>
    /// <param name="supportedLanguages">The theme's languages; <see cref="DefaultLanguages"/> when null.</param>
    public static CheckResult Check(string contentDirectory, DateTimeOffset now, string displayBase, IReadOnlyCollection<string>? supportedLanguages = null) =>
        LoadAndCheck(contentDirectory, now, displayBase, supportedLanguages, lint: true, memo: null);

    /// <summary><see cref="Check(string, DateTimeOffset, string, IReadOnlyCollection{string}?)"/> reusing what unchanged files produced last time.</summary>
    public static CheckResult Check(string contentDirectory, DateTimeOffset now, string displayBase, IReadOnlyCollection<string>? supportedLanguages, ContentFileMemo memo) =>
        LoadAndCheck(contentDirectory, now, displayBase, supportedLanguages, lint: true, memo);

    /// <summary>
    /// <see cref="Check(string, DateTimeOffset, string, IReadOnlyCollection{string}?, ContentFileMemo)"/> that also runs
    /// <paramref name="alongside"/> on the loaded content while validation and the lint run (the preview computes and
    /// lists its pages meanwhile, used only if the check has no errors); null when nothing loaded.
    /// </summary>
    public static (CheckResult Check, Task<T>? Alongside) Check<T>(string contentDirectory, DateTimeOffset now, string displayBase, IReadOnlyCollection<string>? supportedLanguages, ContentFileMemo memo, Func<SiteContent, T> alongside)
    {
        Task<T>? started = null;
        var check = LoadAndCheck(contentDirectory, now, displayBase, supportedLanguages, lint: true, memo, content => started = Task.Run(() => alongside(content)));
        return (check, started);
    }

    /// <summary>The Load and Validate stages alone, without the communication lint.</summary>
    /// <param name="memo">What content files produced before (a <see cref="ContentCache"/> on disk); null parses every file.</param>
    public static CheckResult LoadAndValidate(string contentDirectory, DateTimeOffset now, string displayBase, IReadOnlyCollection<string>? supportedLanguages = null, ContentFileMemo? memo = null) =>
        LoadAndCheck(contentDirectory, now, displayBase, supportedLanguages, lint: false, memo);

    private static CheckResult LoadAndCheck(string contentDirectory, DateTimeOffset now, string displayBase, IReadOnlyCollection<string>? supportedLanguages, bool lint, ContentFileMemo? memo, Action<SiteContent>? loadedContent = null)
    {
        var loaded = ContentLoader.Load(contentDirectory, displayBase, supportedLanguages ?? DefaultLanguages, memo);
        if (memo?.Problems is { IsEmpty: false } problems)
        {
            loaded = loaded with { Diagnostics = loaded.Diagnostics.AddRange(problems) };
        }

        if (loaded.Content is not { } content)
        {
            return new CheckResult(null, SortStable(loaded.Diagnostics));
        }

        loadedContent?.Invoke(content);

        // Validation and the lint read the same loaded content and report independently: side by side.
        var lintDiagnostics = lint ? Task.Run(() => CommunicationLint.Check(content, now)) : Task.FromResult(ImmutableArray<Diagnostic>.Empty);
        var diagnostics = loaded.Diagnostics.AddRange(SiteValidator.Validate(content, now)).AddRange(lintDiagnostics.GetAwaiter().GetResult());
        return new CheckResult(content, SortStable(diagnostics));
    }

    public BuildResult Build(BuildOptions options, string displayBase, IReadOnlyCollection<string>? supportedLanguages = null)
    {
        var checkResult = WithOutputChecks(LoadAndCheck(options.ContentDirectory, options.Now, displayBase, supportedLanguages, lint: true, options.Memo), generators, displayBase);
        if (checkResult.HasErrors)
        {
            return new BuildResult(checkResult.Diagnostics, Paths: []);
        }

        // Render and Publish overlap: each file goes to the staging folder as it is made, so memory does not grow with the site.
        var snapshot = Compute(checkResult.Content!, options.Now);
        IReadOnlyList<string> paths;
        try
        {
            paths = OutputWriter.Publish(write => Render(snapshot, write), options.OutputDirectory, options.KeepUnchangedTimes);
        }
        catch (RenderDiagnosticsException e)
        {
            return new BuildResult(SortStable(checkResult.Diagnostics.AddRange(e.Diagnostics)), Paths: []);
        }

        return new BuildResult(checkResult.Diagnostics, paths);
    }

    /// <summary>The check with the outputs' own files checked too (<see cref="IOutputCheck"/>: a site's templates).</summary>
    public static CheckResult WithOutputChecks(CheckResult result, IEnumerable<IOutputGenerator> outputs, string displayBase) =>
        result.Content is not { } content ? result : result with
        {
            Diagnostics = SortStable(result.Diagnostics.AddRange(outputs.OfType<IOutputCheck>().SelectMany(o => o.Check(content, displayBase)))),
        };

    /// <summary>Status and uptime at the build's time.</summary>
    public static SiteSnapshot Compute(SiteContent content, DateTimeOffset now) => new()
    {
        Content = content,
        Now = now,
        Status = StatusResolver.Resolve(content, now),
        Uptime = UptimeCalculator.Compute(content, now),
    };

    /// <summary>Every output file, held in memory, in a stable order: what the preview serves.</summary>
    public IReadOnlyList<OutputFile> Render(SiteSnapshot snapshot)
    {
        var files = new ConcurrentQueue<OutputFile>();
        Render(snapshot, files.Enqueue);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every output file, handed to <paramref name="write"/> as its generator makes it; <paramref name="write"/> is
    /// called from several threads at once, in no fixed order between generators.
    /// </summary>
    /// <exception cref="InvalidOperationException">A generator failed: the first in the list that failed on its own (a failure stops the others, which are not reported).</exception>
    /// <remarks>An exception from <paramref name="write"/> (a full disk) stops every generator and is rethrown as it is.</remarks>
    public void Render(SiteSnapshot snapshot, Action<OutputFile> write) => GeneratorRuns.Run(generators, snapshot, write);

    private static ImmutableArray<Diagnostic> SortStable(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Position.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code.Number)];
}

public sealed record CheckResult(SiteContent? Content, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Content is null || Diagnostics.Any(d => d.IsError);
}

/// <param name="Paths">Every file written, relative to the output folder, sorted (ordinal); empty when the build failed.</param>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Paths)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Paths.Count > 0;
}
