using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Building;

/// <summary>
/// An output that reads files of its own besides the content (a theme's templates named by site.yml): <c>check</c> and
/// <c>build</c> check them with the content, so a broken template fails a pull request's check like a broken incident.
/// </summary>
public interface IOutputCheck
{
    ImmutableArray<Diagnostic> Check(SiteContent content, string displayBase);
}

/// <summary>
/// Thrown by an output whose content-owned files failed while rendering (a site's template threw): the build reports
/// these diagnostics (exit 1) and publishes nothing, instead of treating the failure as a StatusGen bug.
/// </summary>
public sealed class RenderDiagnosticsException(ImmutableArray<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
}
