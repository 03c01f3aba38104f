using System.Reflection;
using StatusGen.Diagnostics;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Diagnostics;

/// <summary>Every code in <see cref="DiagnosticCodes"/> is explained in docs/diagnostics.md, where users look it up.</summary>
[TestClass]
public sealed class DiagnosticCodesDocsTests
{
    [TestMethod]
    public void DocumentsEveryDiagnosticCode()
    {
        var docs = File.ReadAllText(Path.Combine(ExternalTool.RepositoryRoot(), "docs", "diagnostics.md"));
        var codes = Codes().ToList();

        var missing = codes.Where(c => !docs.Contains($"| {c.Id} ", StringComparison.Ordinal)).Select(c => $"{c.Id} {c.Title}").ToList();

        Assert.IsGreaterThan(40, codes.Count, "the reflection found the codes");
        Assert.AreEqual(0, missing.Count, "docs/diagnostics.md has no table row for:\n" + string.Join("\n", missing));
    }

    [TestMethod]
    public void NeverGivesTwoDiagnosticsTheSameNumber()
    {
        var duplicates = Codes().GroupBy(c => c.Number).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.AreEqual(0, duplicates.Count, "numbers used twice: " + string.Join(", ", duplicates));
    }

    private static IEnumerable<DiagnosticCode> Codes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!);
}
