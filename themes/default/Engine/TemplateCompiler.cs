using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Razor.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using StatusGen.Diagnostics;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// Compiles a site's templates, all into one assembly, with RazorLight's code generation and Roslyn. Every Razor and
/// C# error of every template is reported, at the template's own line and column.
/// </summary>
internal static class TemplateCompiler
{
    public const string NamespaceRoot = "StatusGen.SiteTemplates";

    private const string Fix = "see the template contract in docs/theme.md";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CompileResult Compile(IReadOnlyList<TemplateFile> templates, string? imports, string assemblyName)
    {
        var diagnostics = new DiagnosticList();
        var trees = new List<SyntaxTree>();
        var generated = new Dictionary<string, (GeneratedTemplate Code, TemplateFile File)>(StringComparer.Ordinal);
        foreach (var file in templates)
        {
            var code = RazorCode.Generate(file.Key, file.Source, imports, NamespaceRoot);
            foreach (var error in code.Errors)
            {
                var at = error.Span == SourceSpan.Undefined ? SourcePosition.StartOf(file.DisplayPath) : new SourcePosition(file.DisplayPath, error.Span.LineIndex + 1, error.Span.CharacterIndex + 1);
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, at, $"{error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}", "see Razor syntax in docs/theme.md");
            }

            if (code.Errors.Count == 0)
            {
                generated[file.Key] = (code, file);
                trees.Add(CSharpSyntaxTree.ParseText(code.Code, ParseOptions, path: file.Key, encoding: System.Text.Encoding.UTF8));
            }
        }

        if (diagnostics.HasErrors && trees.Count == 0)
        {
            return new CompileResult(null, null, diagnostics.ToImmutable());
        }

        var compilation = CSharpCompilation.Create(assemblyName, trees, TemplateReferences.All, new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Disable,
            deterministic: true,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
            {
                // Assembly version unification among the references: the runtime resolves these, as it does for the tool.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
                ["CS1705"] = ReportDiagnostic.Suppress,
            }));

        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        foreach (var error in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Error(DiagnosticCodes.TemplateCompile, Locate(error, generated), $"{error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}", Fix);
        }

        return diagnostics.HasErrors
            ? new CompileResult(null, null, diagnostics.ToImmutable())
            : new CompileResult(assembly.ToArray(), symbols.ToArray(), []);
    }

    /// <summary>
    /// Where in the template a C# error lies: through Razor's source mappings when the error is inside code the author
    /// wrote (exact column), else through the generated code's #line pragmas (line only), else the template's start.
    /// </summary>
    private static SourcePosition Locate(RoslynDiagnostic error, Dictionary<string, (GeneratedTemplate Code, TemplateFile File)> generated)
    {
        var tree = error.Location.SourceTree;
        if (tree is null || !generated.TryGetValue(tree.FilePath, out var template))
        {
            var mapped = error.Location.GetMappedLineSpan();
            return generated.TryGetValue(mapped.Path ?? "", out var owner)
                ? new SourcePosition(owner.File.DisplayPath, mapped.StartLinePosition.Line + 1, 1)
                : SourcePosition.StartOf(generated.Values.FirstOrDefault().File?.DisplayPath ?? "templates");
        }

        var offset = error.Location.SourceSpan.Start;
        foreach (var mapping in template.Code.Mappings)
        {
            var generatedSpan = mapping.GeneratedSpan;
            if (offset >= generatedSpan.AbsoluteIndex && offset <= generatedSpan.AbsoluteIndex + generatedSpan.Length
                && (mapping.OriginalSpan.FilePath is null || mapping.OriginalSpan.FilePath == template.File.Key))
            {
                var original = mapping.OriginalSpan.AbsoluteIndex + Math.Min(offset - generatedSpan.AbsoluteIndex, mapping.OriginalSpan.Length);
                return At(template.File, template.Code.Source, original);
            }
        }

        var span = error.Location.GetMappedLineSpan();
        return span.HasMappedPath && span.Path == template.File.Key
            ? new SourcePosition(template.File.DisplayPath, span.StartLinePosition.Line + 1, Column(error, template.Code.Source, span.StartLinePosition.Line))
            : SourcePosition.StartOf(template.File.DisplayPath);
    }

    /// <summary>
    /// The column of the error's text on its template line. Razor's run-time code keeps code blocks at their columns
    /// but wraps expressions (<c>@Model.X</c> becomes <c>Write(Model.X)</c>), so the text is looked up on the line, the
    /// occurrence nearest the generated column; 1 when the line does not hold it.
    /// </summary>
    private static int Column(RoslynDiagnostic error, string source, int lineIndex)
    {
        var lines = source.Split('\n');
        var text = error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan);
        if (lineIndex >= lines.Length || text.Length == 0)
        {
            return 1;
        }

        var generatedColumn = error.Location.GetLineSpan().StartLinePosition.Character;
        var best = -1;
        for (var i = lines[lineIndex].IndexOf(text, StringComparison.Ordinal); i >= 0; i = lines[lineIndex].IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            best = best < 0 || Math.Abs(i - generatedColumn) < Math.Abs(best - generatedColumn) ? i : best;
        }

        return best + 1 is var column && column > 0 ? column : 1;
    }

    private static SourcePosition At(TemplateFile file, string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourcePosition(file.DisplayPath, line, index - lineStart + 1);
    }
}

/// <summary>The compiled assembly and its portable PDB (for template lines in render errors), or the errors.</summary>
internal sealed record CompileResult(byte[]? Assembly, byte[]? Symbols, ImmutableArray<StatusGen.Diagnostics.Diagnostic> Diagnostics);
