using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Loading;

/// <summary>The loaded content, or null when site.yml itself could not be loaded, and every problem found on the way.</summary>
public sealed record LoadResult(SiteContent? Content, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Content is null || Diagnostics.Any(d => d.IsError);
}
