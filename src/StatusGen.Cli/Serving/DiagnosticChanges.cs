using System.Globalization;
using StatusGen.Diagnostics;

namespace StatusGen.Cli.Serving;

/// <summary>
/// What a preview rebuild prints: only the diagnostics that appeared or went away since the previous build, so that
/// saving one file does not print thousands of unchanged warnings again. A diagnostic is the same across builds when
/// its file, severity, code, message and fix are: an edit that moves it down a few lines does not report it again.
/// </summary>
internal static class DiagnosticChanges
{
    public static void Print(IReadOnlyCollection<Diagnostic> previous, IReadOnlyCollection<Diagnostic> current, TextWriter error, bool allWarnings)
    {
        var before = previous.Select(Identity).ToHashSet();
        var after = current.Select(Identity).ToHashSet();
        var added = current.Where(d => !before.Contains(Identity(d))).ToList();
        var fixedOnes = previous.Where(d => !after.Contains(Identity(d))).ToList();

        Print(WarningGroups.Of(added, allWarnings), error, prefix: "");
        Print(WarningGroups.Of(fixedOnes, allWarnings), error, prefix: "fixed: ");

        var errors = current.Count(d => d.IsError);
        var total = DiagnosticOutput.Total(errors, current.Count - errors);
        error.WriteLine(added.Count == 0 && fixedOnes.Count == 0
            ? $"{total}, unchanged since the last build"
            : string.Create(CultureInfo.InvariantCulture, $"{total} ({added.Count:N0} new, {fixedOnes.Count:N0} fixed since the last build)"));
    }

    private static void Print(WarningGroups groups, TextWriter error, string prefix)
    {
        foreach (var diagnostic in groups.Shown)
        {
            error.WriteLine(prefix + diagnostic);
        }

        foreach (var (code, hidden) in groups.Hidden)
        {
            error.WriteLine(prefix + WarningGroups.Summary(code, hidden));
        }
    }

    private static (string Path, Severity Severity, DiagnosticCode Code, string Message, string? Fix) Identity(Diagnostic d) =>
        (d.Position.Path, d.Severity, d.Code, d.Message, d.Fix);
}
