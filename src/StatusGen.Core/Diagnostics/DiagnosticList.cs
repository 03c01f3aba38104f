using System.Collections.Immutable;

namespace StatusGen.Diagnostics;

/// <summary>Collects diagnostics while one stage runs; stages return its immutable snapshot.</summary>
public sealed class DiagnosticList
{
    private readonly List<Diagnostic> items = [];

    public bool HasErrors => items.Exists(d => d.IsError);

    public int Count => items.Count;

    public void Error(DiagnosticCode code, SourcePosition at, string message, string? fix = null) =>
        items.Add(new Diagnostic(Severity.Error, code, at, message, fix));

    public void Warning(DiagnosticCode code, SourcePosition at, string message, string? fix = null) =>
        items.Add(new Diagnostic(Severity.Warning, code, at, message, fix));

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Sorted by file, line and column so that output is stable whatever the order of discovery.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() =>
        [.. items
            .OrderBy(d => d.Position.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code.Number)];
}
