using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using RazorLight;
using StatusGen.Diagnostics;
using Diagnostic = StatusGen.Diagnostics.Diagnostic;

namespace StatusGen.Themes.Default.Engine;

/// <summary>The templates a site renders with, which of them are its own, and what was wrong with those.</summary>
/// <param name="Overrides">The site's own templates, by key.</param>
/// <param name="Assembly">The site's compiled templates, or null when it has none.</param>
public sealed record ThemeTemplates(
    TemplateTable Table,
    ImmutableDictionary<string, TemplateFile> Overrides,
    Assembly? Assembly,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// The diagnostic for an exception thrown while rendering a page, when one of the site's own templates is to blame
    /// (its line, from the compiled template's debug symbols); null when only StatusGen's code is involved, a bug.
    /// </summary>
    public Diagnostic? Explain(Exception exception, string page)
    {
        if (Assembly is null)
        {
            return null;
        }

        var root = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        for (var e = root; e is not null; e = e.InnerException)
        {
            foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
            {
                if (frame.GetMethod()?.DeclaringType?.Assembly != Assembly || frame.GetFileName() is not { } key || !Overrides.TryGetValue(key, out var template))
                {
                    continue;
                }

                var at = new SourcePosition(template.DisplayPath, Math.Max(frame.GetFileLineNumber(), 1), Math.Max(frame.GetFileColumnNumber(), 1));
                return root is TemplateNotFoundException
                    ? new Diagnostic(Severity.Error, DiagnosticCodes.MissingTemplate, at, $"template '{key}': {root.Message}", "name a template by its key, e.g. 'Partials/UptimeBars' (statusgen theme list shows them)")
                    : new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRender, at, $"template '{key}' failed while rendering {page}: {root.GetType().Name}: {root.Message}", "guard the value in the template, e.g. '@(x?.Name)'; docs/theme.md says which values may be null");
            }
        }

        // A layout key is read by RazorLight after the page ran, so no frame of the site's code is on the stack: the
        // template that spells the missing key in quotes is the one to blame.
        if (root is MissingTemplateException missing)
        {
            var quoted = $"\"{missing.Key}\"";
            var at = Overrides.Values.OrderBy(t => t.DisplayPath, StringComparer.Ordinal)
                .Select(t => t.Source.IndexOf(quoted, StringComparison.Ordinal) is var index and >= 0 ? At(t, index) : null)
                .FirstOrDefault(p => p is not null) ?? SourcePosition.StartOf(Overrides.Values.Select(t => t.DisplayPath).Order(StringComparer.Ordinal).First());
            return new Diagnostic(Severity.Error, DiagnosticCodes.MissingTemplate, at, $"rendering {page}: {root.Message}", "set Layout to a template's key, e.g. 'Layout/Page' (statusgen theme list shows them)");
        }

        return null;
    }

    private static SourcePosition At(TemplateFile template, int index)
    {
        var lineStart = index == 0 ? 0 : template.Source.LastIndexOf('\n', index - 1) + 1;
        return new SourcePosition(template.DisplayPath, template.Source.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }
}

/// <summary>
/// Render failures of a site's templates, gathered from every page rendered at once: one diagnostic per place and kind of
/// failure (10,000 incident pages failing on one line are one error, with the count), all of them reported in one run.
/// </summary>
public sealed class RenderFailures
{
    private readonly Dictionary<(SourcePosition, DiagnosticCode, string), (Diagnostic First, int Count)> failures = [];
    private readonly Lock gate = new();

    public void Add(Diagnostic diagnostic, string exceptionType)
    {
        lock (gate)
        {
            var key = (diagnostic.Position, diagnostic.Code, exceptionType);
            failures[key] = failures.TryGetValue(key, out var seen) ? (seen.First, seen.Count + 1) : (diagnostic, 1);
        }
    }

    public ImmutableArray<Diagnostic> ToImmutable()
    {
        lock (gate)
        {
            var list = new DiagnosticList();
            list.AddRange(failures.Values.Select(f => f.Count == 1 ? f.First : f.First with { Message = $"{f.First.Message} (and {f.Count - 1} more pages)" }));
            return list.ToImmutable();
        }
    }
}
