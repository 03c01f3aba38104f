using StatusGen.Diagnostics;

namespace StatusGen.Cli;

internal static class DiagnosticOutput
{
    /// <summary>
    /// Prints every error and the first few warnings of each code (<see cref="WarningGroups"/>), a count for the rest,
    /// and a one-line total; returns true when any is an error.
    /// </summary>
    /// <param name="allWarnings">Print every warning in full (--all-warnings).</param>
    public static bool Print(IReadOnlyCollection<Diagnostic> diagnostics, TextWriter error, DiagnosticFormat format = DiagnosticFormat.Text, bool allWarnings = false)
    {
        var groups = WarningGroups.Of(diagnostics, allWarnings);
        foreach (var diagnostic in groups.Shown)
        {
            error.WriteLine(DiagnosticPrinter.Format(diagnostic, format));
        }

        foreach (var (code, hidden) in groups.Hidden)
        {
            error.WriteLine(format == DiagnosticFormat.GitHub ? GitHubNotice(code, hidden) : WarningGroups.Summary(code, hidden));
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0 && format == DiagnosticFormat.Text)
        {
            error.WriteLine(Total(errors, warnings));
        }

        return errors > 0;
    }

    public static string Total(int errors, int warnings) =>
        $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";

    /// <summary>
    /// GitHub shows only the first 10 warning annotations of a step, so annotating thousands helps nobody: the count
    /// becomes one notice on the run (no file), which names the code and how to list every warning.
    /// </summary>
    private static string GitHubNotice(DiagnosticCode code, int hidden) =>
        $"::notice title={code.Id}::{WarningGroups.Summary(code, hidden)}";
}
