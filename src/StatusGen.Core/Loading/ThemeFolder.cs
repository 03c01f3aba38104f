using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>site.yml's <c>theme.path</c>: the folder whose templates replace the default theme's of the same key.</summary>
internal static class ThemeFolder
{
    private const string Fix = "give a folder relative to the folder holding site.yml, e.g. 'path: ../themes/acme' (statusgen theme eject creates it)";

    /// <returns>The path as written, with '/' separators, when it names a usable folder; else null, reported.</returns>
    public static string? Read(YamlFields fields, string contentRoot)
    {
        var path = fields.Text("path");
        if (path is null)
        {
            return null;
        }

        if (Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal))
        {
            fields.Report(DiagnosticCodes.InvalidThemePath, "path", $"theme 'path' must be a relative path with '/' separators, not '{path}'", Fix);
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, path)));
        if (File.Exists(full))
        {
            fields.Report(DiagnosticCodes.InvalidThemePath, "path", $"theme 'path' names '{path}', which is a file, not a folder of templates", Fix);
            return null;
        }

        if (!Directory.Exists(full))
        {
            fields.Report(DiagnosticCodes.InvalidThemePath, "path", $"theme 'path' names '{path}', which does not exist", Fix);
            return null;
        }

        // The folder is searched for every .cshtml below it: the content folder itself or a folder above it would take
        // in the whole repository (the default theme's sources too), never what anyone means.
        if (root.Equals(full, StringComparison.Ordinal) || root.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            fields.Report(DiagnosticCodes.InvalidThemePath, "path", $"theme 'path' names '{path}', which is the content folder or a folder above it", "keep the templates in a folder of their own, e.g. 'path: ../themes/acme'");
            return null;
        }

        return path.TrimEnd('/');
    }
}
