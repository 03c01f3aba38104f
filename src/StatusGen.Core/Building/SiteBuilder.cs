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

    /// <summary>The Load and Validate stages alone, without the communication lint.</summary>
    public static CheckResult LoadAndValidate(string contentDirectory, DateTimeOffset now, string displayBase, IReadOnlyCollection<string>? supportedLanguages = null) =>
        LoadAndCheck(contentDirectory, now, displayBase, supportedLanguages, lint: false, memo: null);

    private static CheckResult LoadAndCheck(string contentDirectory, DateTimeOffset now, string displayBase, IReadOnlyCollection<string>? supportedLanguages, bool lint, ContentFileMemo? memo)
    {
        var loaded = ContentLoader.Load(contentDirectory, displayBase, supportedLanguages ?? DefaultLanguages, memo);
        if (loaded.Content is not { } content)
        {
            return new CheckResult(null, SortStable(loaded.Diagnostics));
        }

        // Validation and the lint read the same loaded content and report independently: side by side.
        var lintDiagnostics = lint ? Task.Run(() => CommunicationLint.Check(content, now)) : Task.FromResult(ImmutableArray<Diagnostic>.Empty);
        var diagnostics = loaded.Diagnostics.AddRange(SiteValidator.Validate(content, now)).AddRange(lintDiagnostics.GetAwaiter().GetResult());
        return new CheckResult(content, SortStable(diagnostics));
    }

    public BuildResult Build(BuildOptions options, string displayBase, IReadOnlyCollection<string>? supportedLanguages = null)
    {
        var checkResult = WithOutputChecks(Check(options.ContentDirectory, options.Now, displayBase, supportedLanguages), generators, displayBase);
        if (checkResult.HasErrors)
        {
            return new BuildResult(checkResult.Diagnostics, Files: []);
        }

        var snapshot = Compute(checkResult.Content!, options.Now);
        IReadOnlyList<OutputFile> files;
        try
        {
            files = Render(snapshot);
        }
        catch (RenderDiagnosticsException e)
        {
            return new BuildResult(SortStable(checkResult.Diagnostics.AddRange(e.Diagnostics)), Files: []);
        }

        OutputWriter.Publish(files, options.OutputDirectory, options.KeepUnchangedTimes);
        return new BuildResult(checkResult.Diagnostics, files);
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

    /// <summary>Every output file, in a stable order.</summary>
    public IReadOnlyList<OutputFile> Render(SiteSnapshot snapshot)
    {
        // Generators are pure and independent, so they run side by side; their files are merged in the list's
        // order and sorted by path, and the first generator in the list that failed is the one reported.
        var runs = generators.Select(generator => Task.Run(() => Generate(generator, snapshot))).ToArray();
        try
        {
            Task.WaitAll(runs);
        }
        catch (AggregateException)
        {
            // Rethrown below, in the list's order, once every generator has stopped.
        }

        var files = new List<OutputFile>();
        foreach (var run in runs)
        {
            files.AddRange(run.GetAwaiter().GetResult());
        }

        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static List<OutputFile> Generate(IOutputGenerator generator, SiteSnapshot snapshot)
    {
        try
        {
            return [.. generator.Generate(snapshot)];
        }
        catch (Exception e) when (e is not OutOfMemoryException and not RenderDiagnosticsException)
        {
            throw new InvalidOperationException($"The '{generator.Name}' output failed: {e.Message}", e);
        }
    }

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

public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Files.Count > 0;
}
