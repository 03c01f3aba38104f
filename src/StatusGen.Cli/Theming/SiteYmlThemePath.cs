using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Cli.Theming;

/// <summary>
/// site.yml's <c>theme.path</c>, read and, when missing, added as one line of text: every other line, comment and blank
/// stays as it was (as the incident editors do), so eject never reformats a hand-written site.yml.
/// </summary>
internal static class SiteYmlThemePath
{
    /// <summary>theme.path as written, or null when site.yml has none (or cannot be read as YAML: check reports that).</summary>
    public static string? Read(string siteYml) =>
        Root(siteYml) is { } root && Child(root, "theme") is YamlMappingNode theme && Child(theme, "path") is YamlScalarNode { Value: { Length: > 0 } path }
            ? path
            : null;

    /// <summary>The site's own template folder, resolved, when site.yml in <paramref name="contentFolder"/> names one (the preview watches it too).</summary>
    public static IEnumerable<string> Folder(string contentFolder)
    {
        var site = Path.Combine(contentFolder, "site.yml");
        return File.Exists(site) && Read(File.ReadAllText(site)) is { } path && !Path.IsPathRooted(path)
            ? [Path.GetFullPath(Path.Combine(contentFolder, path))]
            : [];
    }

    /// <summary>site.yml with <c>path: VALUE</c> under its theme section (added when absent), or null when that cannot be done safely.</summary>
    public static string? Add(string siteYml, string path)
    {
        var root = Root(siteYml);
        if (root is null || Read(siteYml) is not null)
        {
            return null;
        }

        var newline = siteYml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = siteYml.Split('\n').ToList();
        var themeKey = root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "theme");
        string edited;
        if (themeKey is null)
        {
            var text = siteYml.Length == 0 || siteYml.EndsWith('\n') ? siteYml : siteYml + newline;
            edited = text + $"theme:{newline}  path: {path}{newline}";
        }
        else if (root.Children[themeKey] is YamlMappingNode { Style: not MappingStyle.Flow, Children.Count: > 0 } theme)
        {
            // Under the theme key, indented like the keys already there.
            var indent = new string(' ', (int)theme.Children.Keys.First().Start.Column - 1);
            lines.Insert((int)themeKey.Start.Line, $"{indent}path: {path}" + (newline == "\r\n" ? "\r" : ""));
            edited = string.Join('\n', lines);
        }
        else if (root.Children[themeKey] is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            // 'theme:' with nothing under it: the path becomes its only key.
            lines.Insert((int)themeKey.Start.Line, "  path: " + path + (newline == "\r\n" ? "\r" : ""));
            var keyLine = (int)themeKey.Start.Line - 1;
            lines[keyLine] = System.Text.RegularExpressions.Regex.Replace(lines[keyLine], @"^(\s*theme\s*:)\s*(~|null)?", "$1");
            edited = string.Join('\n', lines);
        }
        else
        {
            return null;
        }

        // The edit must read back as meant; anything else (an odd layout) is left to the user, with the line to add.
        return Read(edited) == path ? edited : null;
    }

    private static YamlMappingNode? Root(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: var k } && k == key).Value;
}
