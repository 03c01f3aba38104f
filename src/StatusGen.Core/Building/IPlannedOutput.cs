namespace StatusGen.Building;

/// <summary>
/// An output that can list every file it makes, each with a deferred render, before rendering any: the preview
/// (<c>statusgen serve</c>) renders the page a browser asks for at once and the rest after, instead of waiting for
/// thousands of pages. Rendering the whole plan gives the same files, byte for byte, as <see cref="IOutputGenerator.Generate"/>.
/// </summary>
public interface IPlannedOutput : IOutputGenerator
{
    /// <summary>Every file, in the order <see cref="IOutputGenerator.Generate"/> makes them; nothing is rendered yet.</summary>
    /// <exception cref="RenderDiagnosticsException">The content's own files (a site's templates) have errors.</exception>
    IReadOnlyList<PlannedFile> Plan(SiteSnapshot snapshot);
}

/// <summary>One file of an <see cref="IPlannedOutput"/>: its path and how to make it. Render may run on any thread.</summary>
/// <param name="Render">Makes the file; throws <see cref="RenderDiagnosticsException"/> when a site's template fails
/// for this file (a content error), anything else for a StatusGen bug.</param>
public sealed record PlannedFile(string Path, Func<OutputFile> Render);
