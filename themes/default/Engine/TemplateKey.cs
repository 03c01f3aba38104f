namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// How templates are named: the key is the path relative to the theme folder, '/' separators, without ".cshtml"
/// (<c>Pages/Incident</c>); layouts and partials name each other by key. Files whose name starts with '_' are not
/// templates (<c>_ViewImports.cshtml</c> holds the usings every template gets).
/// </summary>
public static class TemplateKey
{
    public const string Extension = ".cshtml";

    /// <summary>The prefix of the default theme's templates among the theme assembly's embedded resources.</summary>
    public const string ResourcePrefix = "template:";

    /// <summary>The file of <c>@using</c> lines applied to every template of its folder.</summary>
    public const string ImportsFile = "_ViewImports" + Extension;

    /// <summary>The key of a template file, from its path relative to the theme folder; null when it is no template.</summary>
    public static string? FromRelativePath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var name = path[(path.LastIndexOf('/') + 1)..];
        return path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) && !name.StartsWith('_') && name.Length > Extension.Length
            ? path[..^Extension.Length]
            : null;
    }

    /// <summary>The template's path relative to the theme folder: <c>Pages/Incident.cshtml</c>.</summary>
    public static string ToRelativePath(string key) => key + Extension;

    /// <summary>Every template below a folder, by key, in ordinal order; bin and obj folders (a theme project's build) are skipped.</summary>
    public static SortedDictionary<string, string> Find(string folder)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            if (FromRelativePath(relative) is { } key)
            {
                found[key] = file;
            }
        }

        return found;
    }
}
