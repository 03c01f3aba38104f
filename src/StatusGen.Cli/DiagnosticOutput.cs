using StatusGen.Diagnostics;

namespace StatusGen.Cli;

internal static class DiagnosticOutput
{
    /// <summary>Prints every diagnostic and a one-line count; returns true when any is an error.</summary>
    public static bool Print(IReadOnlyCollection<Diagnostic> diagnostics, TextWriter error, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(DiagnosticPrinter.Format(diagnostic, format));
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0 && format == DiagnosticFormat.Text)
        {
            error.WriteLine($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
        }

        return errors > 0;
    }
}
