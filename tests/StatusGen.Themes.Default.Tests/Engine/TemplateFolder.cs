namespace StatusGen.Themes.Default.Tests.Engine;

/// <summary>A temporary folder of templates (as a site's theme.path) and a cache folder beside it; deleted on dispose.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "statusgen-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Themes);
    }

    public string Root { get; }

    /// <summary>The templates' folder; diagnostics name files relative to <see cref="Root"/>.</summary>
    public string Themes => Path.Combine(Root, "themes", "acme");

    public string Cache => Path.Combine(Root, ".statusgen", "cache");

    public TemplateFolder With(string relativePath, string text)
    {
        var path = Path.Combine(Themes, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public StatusGen.Themes.Default.Engine.ThemeTemplates Load() => StatusGen.Themes.Default.Engine.SiteTemplates.Load(Themes, Root, Cache);

    public string[] CacheFiles() => Directory.Exists(Cache) ? Directory.GetFiles(Cache) : [];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
