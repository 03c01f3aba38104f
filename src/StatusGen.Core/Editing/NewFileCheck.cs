using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Editing;

/// <summary>
/// Reads a file that <c>statusgen new</c> is about to write with the real loader, so that a scaffold is never written
/// that <c>check</c> rejects or reads differently (a title that YAML folds, a character the loader refuses).
/// </summary>
public static class NewFileCheck
{
    /// <param name="folder"><c>incidents</c> or <c>maintenance</c>.</param>
    /// <param name="title">The title as given on the command line; the loaded file must show exactly it.</param>
    /// <returns>Why the file may not be written, or null when the loader reads it as meant.</returns>
    public static string? Problem(SiteConfig site, string folder, string displayPath, string text, string title)
    {
        ArgumentNullException.ThrowIfNull(site);
        var diagnostics = new DiagnosticList();
        var source = new SourceText(new SourceFile(displayPath, displayPath), text);
        var context = new SiteContext(site, site.TimeZone, [.. site.Components.Select(c => c.Id)]);
        var slug = Path.GetFileNameWithoutExtension(displayPath);
        var loadedTitle = folder == "incidents"
            ? IncidentLoader.Load(source, slug, context, diagnostics)?.Title
            : MaintenanceLoader.Load(source, slug, context, diagnostics)?.Title;
        if (diagnostics.ToImmutable().FirstOrDefault(d => d.IsError) is { } error)
        {
            return error.ToString();
        }

        return loadedTitle == title ? null : $"the loader would read the title as '{loadedTitle}', not as given";
    }
}
