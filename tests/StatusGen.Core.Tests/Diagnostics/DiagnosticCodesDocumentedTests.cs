using System.Reflection;
using StatusGen.Diagnostics;

namespace StatusGen.Tests.Diagnostics;

/// <summary>docs/diagnostics.md is the reference users read: every code in <see cref="DiagnosticCodes"/> must be on it.</summary>
[TestClass]
public sealed class DiagnosticCodesDocumentedTests
{
    [TestMethod]
    public void EveryDiagnosticCodeHasARowInTheDiagnosticsPage()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .ToList();

        var missing = codes.Where(c => !page.Contains($"| {c.Id} ", StringComparison.Ordinal)).Select(c => $"{c.Id} {c.Title}").ToList();

        Assert.IsNotEmpty(codes);
        Assert.IsEmpty(missing, "not documented in docs/diagnostics.md: " + string.Join(", ", missing));
    }

    [TestMethod]
    public void NoTwoDiagnosticCodesShareANumber()
    {
        var numbers = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => ((DiagnosticCode)f.GetValue(null)!).Number)
            .ToList();

        Assert.HasCount(numbers.Distinct().Count(), numbers);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StatusGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("StatusGen.sln not found above the test binaries");
    }
}
