using StatusGen.Diagnostics;

namespace StatusGen.Loading;

internal static class IsolatedFile
{
    /// <summary>
    /// Reads one content file against a diagnostic list of its own, so that any error in that file, and only in
    /// that file, drops it; every diagnostic still reaches <paramref name="diagnostics"/>.
    /// </summary>
    public static T? Read<T>(DiagnosticList diagnostics, Func<DiagnosticList, T?> read)
        where T : class
    {
        var local = new DiagnosticList();
        var result = read(local);
        diagnostics.AddRange(local.ToImmutable());
        return local.HasErrors ? null : result;
    }
}
