using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StatusGen.Building;

namespace StatusGen.Themes.Default.Tests.Fixtures;

/// <summary>The default theme's output for one snapshot, with pages parsed the way a browser would.</summary>
public sealed class GeneratedSite
{
    private static readonly HtmlParser Parser = new();

    /// <param name="contentFiles">The files the theme may read from the content folder (logo, extra CSS), by relative path.</param>
    public GeneratedSite(SiteSnapshot snapshot, IReadOnlyDictionary<string, byte[]>? contentFiles = null)
        : this(snapshot, new DefaultTheme((_, path) => contentFiles is not null && contentFiles.TryGetValue(path, out var bytes)
            ? bytes
            : throw new FileNotFoundException(path)))
    {
    }

    public GeneratedSite(SiteSnapshot snapshot, DefaultTheme theme)
    {
        Snapshot = snapshot;
        Files = theme.Generate(snapshot).ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    private GeneratedSite(SiteSnapshot snapshot, IEnumerable<OutputFile> files)
    {
        Snapshot = snapshot;
        Files = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>Only the assets and the home page (the first page rendered): fast for a site of thousands of pages.</summary>
    public static GeneratedSite HomeOnly(SiteSnapshot snapshot)
    {
        var files = new List<OutputFile>();
        foreach (var file in new DefaultTheme((_, path) => throw new FileNotFoundException(path)).Generate(snapshot))
        {
            files.Add(file);
            if (file.Path == "index.html")
            {
                break;
            }
        }

        return new GeneratedSite(snapshot, files);
    }

    public SiteSnapshot Snapshot { get; }

    public IReadOnlyDictionary<string, OutputFile> Files { get; }

    public IEnumerable<string> Pages => Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public string Text(string path) => Encoding.UTF8.GetString(Files.TryGetValue(path, out var file) ? file.Bytes : throw new AssertFailedException($"'{path}' was not generated."));

    public IDocument Page(string path) => Parser.ParseDocument(Text(path));

    public IDocument Home => Page("index.html");

    /// <summary>Writes the site to a folder (for the validators and the browser).</summary>
    public string WriteTo(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var file in Files.Values)
        {
            var full = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, file.Bytes);
        }

        return directory;
    }

    /// <summary>The output path a relative URL on page <paramref name="fromPage"/> leads to, or null for another origin.</summary>
    public static string? Resolve(string fromPage, string url)
    {
        var baseUri = new Uri("http://site.invalid/root/" + fromPage);
        var target = new Uri(baseUri, url);
        if (target.Host != "site.invalid" || !target.AbsolutePath.StartsWith("/root/", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath["/root/".Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
