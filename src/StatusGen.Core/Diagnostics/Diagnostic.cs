namespace StatusGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in content: where, which rule, what is wrong and how to fix it.</summary>
/// <param name="Fix">A sentence telling the user how to fix it, or null when none is likely.</param>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Code, SourcePosition Position, string Message, string? Fix = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The one print format: <c>path:line:col: error SG0102: message (fix)</c>.</summary>
    public override string ToString() =>
        $"{Position}: {(IsError ? "error" : "warning")} {Code.Id}: {Message}{(Fix is null ? "" : $" ({Fix})")}";
}

/// <summary>A stable diagnostic code. Codes are never reused for a different meaning.</summary>
public sealed record DiagnosticCode(int Number, string Title)
{
    public string Id => $"SG{Number:D4}";

    public override string ToString() => Id;
}
