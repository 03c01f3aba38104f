using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Validation;

// PLACEHOLDER: implemented in the core pipeline issue (#2).
public static class SiteValidator
{
    /// <summary>Checks that need the whole site or the build's time (cross-file, future timestamps).</summary>
    public static ImmutableArray<Diagnostic> Validate(SiteContent content, DateTimeOffset now) => [];
}
