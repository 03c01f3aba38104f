namespace StatusGen.Diagnostics;

public enum DiagnosticFormat
{
    /// <summary><c>path:line:col: error SGnnnn: message</c>, the form editors and compilers use.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, shown as annotations on pull requests.</summary>
    GitHub,
}

public static class DiagnosticPrinter
{
    public static string Format(Diagnostic d, DiagnosticFormat format) => format switch
    {
        DiagnosticFormat.GitHub =>
            $"::{(d.IsError ? "error" : "warning")} file={Escape(d.Position.Path, property: true)},line={d.Position.Line},col={d.Position.Column},title={Escape(d.Code.Id, property: true)}::{Escape($"{d.Code.Id}: {d.Message}{(d.Fix is null ? "" : $" ({d.Fix})")}", property: false)}",
        _ => d.ToString(),
    };

    /// <summary>Workflow-command escaping: '%', CR and LF always; ':' and ',' inside properties.</summary>
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
