using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Razor.Language;
using RazorLight;
using RazorLight.Generation;
using RazorLight.Razor;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// Turns one template into C# with RazorLight's own code generation (its Razor engine, base type, usings and
/// template attribute), so precompiled and run-time compiled templates are the code RazorLight itself would compile.
/// Each template gets a namespace of its own (RazorLight names every class <c>GeneratedTemplate</c>), so a whole
/// theme compiles into one assembly. Shared by the build-time precompiler and the run-time compiler of overrides.
/// </summary>
public static class RazorCode
{
    private const string RazorLightNamespace = "RazorLight.CompiledTemplates";

    // RazorLight's configured Razor engine is internal; reading it keeps the generated code identical to its own.
    private static readonly Lazy<RazorEngine> Engine = new(() =>
        (RazorEngine)(typeof(RazorLightEngine).Assembly.GetType("RazorLight.DefaultRazorEngine")
            ?.GetProperty("Instance", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?.GetValue(null) ?? throw new InvalidOperationException("RazorLight no longer has DefaultRazorEngine.Instance; see RazorCode.cs")));

    /// <summary>The namespace a template's class is generated in: <c>StatusGen.CompiledTemplates.Pages_Incident</c>.</summary>
    public static string NamespaceOf(string key, string root) =>
        root + "." + new string([.. key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]) + "_" + Hash(key);

    /// <param name="imports">Razor text every template gets first: <see cref="Imports"/> of the default usings, then a site's _ViewImports.cshtml.</param>
    /// <param name="namespaceRoot">Namespace the template's own namespace goes under.</param>
    public static GeneratedTemplate Generate(string key, string source, string? imports, string namespaceRoot)
    {
        var project = new SourceProject(imports);
        var generator = new RazorSourceGenerator(Engine.Value, project);
        var item = new SourceItem(key, source);
        var document = generator.CreateCodeDocumentAsync(item).GetAwaiter().GetResult();
        Engine.Value.Process(document);
        var csharp = document.GetCSharpDocument();
        var ns = NamespaceOf(key, namespaceRoot);
        var code = csharp.GeneratedCode
            .Replace("namespace " + RazorLightNamespace, "namespace " + ns, StringComparison.Ordinal)
            .Replace("typeof(" + RazorLightNamespace + ".", "typeof(" + ns + ".", StringComparison.Ordinal);
        var errors = csharp.Diagnostics.Where(d => d.Severity == RazorDiagnosticSeverity.Error).ToList();
        return new GeneratedTemplate(key, code, ns + ".GeneratedTemplate", errors, csharp.SourceMappings, source);
    }

    /// <summary>The <c>@using</c> lines of a list of namespaces (<c>TemplateImports.Namespaces</c>).</summary>
    public static string Imports(IEnumerable<string> namespaces) => string.Concat(namespaces.Select(n => $"@using {n}\n"));

    /// <summary>A short stable hash, so keys that differ only in punctuation still get namespaces of their own.</summary>
    private static string Hash(string key)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 4));
    }

    private sealed class SourceItem(string key, string source) : RazorLightProjectItem
    {
        public override string Key => key;

        public override bool Exists => true;

        public override Stream Read() => new MemoryStream(Encoding.UTF8.GetBytes(source));
    }

    /// <summary>A project that knows no templates, only the imports every template gets.</summary>
    private sealed class SourceProject(string? imports) : RazorLightProject
    {
        public override Task<RazorLightProjectItem> GetItemAsync(string templateKey) =>
            Task.FromResult<RazorLightProjectItem>(NoRazorProjectItem.Empty);

        public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
            Task.FromResult<IEnumerable<RazorLightProjectItem>>(imports is null ? [] : [new SourceItem(TemplateKey.ImportsFile, imports)]);
    }
}

/// <summary>One template's generated C#, or the Razor errors that kept it from being generated.</summary>
/// <param name="TypeName">The full name of the template's class.</param>
/// <param name="Source">The template's text, for mapping generated positions back to it.</param>
public sealed record GeneratedTemplate(
    string Key,
    string Code,
    string TypeName,
    IReadOnlyList<RazorDiagnostic> Errors,
    IReadOnlyList<SourceMapping> Mappings,
    string Source);
