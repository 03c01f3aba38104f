using System.Globalization;
using StatusGen.Diagnostics;

namespace StatusGen.Cli;

/// <summary>
/// Which diagnostics a command prints in full. A site with years of history can hold thousands of warnings of one kind
/// (10,000 imported incidents gave 14,906, 4.5 MB of stderr on every build); past the first few of a code, a warning
/// tells nothing the first ones did not, so the rest become one count per code. Errors are always printed in full:
/// each one must be fixed where it is.
/// </summary>
internal sealed record WarningGroups(IReadOnlyList<Diagnostic> Shown, IReadOnlyList<(DiagnosticCode Code, int Hidden)> Hidden)
{
    /// <summary>How many warnings of one code are printed in full before the rest are counted.</summary>
    public const int ShownPerCode = 5;

    /// <summary>The option that prints every warning (check, build, serve).</summary>
    public const string AllWarningsOption = "--all-warnings";

    /// <param name="all">Print every warning (the --all-warnings option).</param>
    public static WarningGroups Of(IEnumerable<Diagnostic> diagnostics, bool all)
    {
        var shown = new List<Diagnostic>();
        var perCode = new Dictionary<DiagnosticCode, int>();
        var hidden = new List<DiagnosticCode>();
        foreach (var diagnostic in diagnostics)
        {
            var seen = diagnostic.IsError ? 0 : perCode.GetValueOrDefault(diagnostic.Code) + 1;
            if (!diagnostic.IsError)
            {
                perCode[diagnostic.Code] = seen;
            }

            if (all || seen <= ShownPerCode)
            {
                shown.Add(diagnostic);
            }
            else if (seen == ShownPerCode + 1)
            {
                hidden.Add(diagnostic.Code);
            }
        }

        return new WarningGroups(shown, [.. hidden.Select(code => (code, perCode[code] - ShownPerCode))]);
    }

    /// <summary>The line standing for the warnings of one code that were not printed, e.g.
    /// <c>warning SG0501: 1,234 more not shown, like the 5 above ('statusgen check --all-warnings' lists every one; ...)</c>.</summary>
    public static string Summary(DiagnosticCode code, int hidden) =>
        string.Create(CultureInfo.InvariantCulture, $"warning {code.Id}: {hidden:N0} more not shown, like the {ShownPerCode} above ({Hint(code)})");

    private static string Hint(DiagnosticCode code) =>
        IsLint(code)
            ? $"'statusgen check {AllWarningsOption}' lists every one; lint.since in site.yml leaves incidents before a date out of the lint"
            : $"'statusgen check {AllWarningsOption}' lists every one";

    /// <summary>The codes that site.yml's lint settings decide (docs/content-format.md, lint.since).</summary>
    private static bool IsLint(DiagnosticCode code) =>
        code.Number is >= 501 and <= 599 || code == DiagnosticCodes.ResolvedWithoutResolvedUpdate;
}
