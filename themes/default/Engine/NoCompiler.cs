using RazorLight;
using RazorLight.Compilation;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// The compiler RazorLight falls back to when a key is not in the <see cref="TemplateTable"/>: it compiles nothing
/// (templates are compiled before rendering, all at once, so every error is reported), it says which key is missing.
/// Building the engine without RazorLight's Roslyn compiler is also what keeps Roslyn out of a default-theme build.
/// </summary>
internal sealed class NoCompiler(IEnumerable<string> knownKeys) : IRazorTemplateCompiler
{
    public ICompilationService CompilationService => throw new NotSupportedException("templates are compiled before rendering");

    public Task<CompiledTemplateDescriptor> CompileAsync(string templateKey) =>
        throw new MissingTemplateException(templateKey, $"there is no template '{templateKey}' (templates: {string.Join(", ", knownKeys.Order(StringComparer.Ordinal))})");
}

/// <summary>A layout or partial key that no template has.</summary>
public sealed class MissingTemplateException(string key, string message) : TemplateNotFoundException(message)
{
    public string Key { get; } = key;
}
