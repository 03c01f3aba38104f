using System.Security.Cryptography;
using System.Text;
using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Themes.Default.Assets;

/// <summary>
/// The theme's static files for one site, named after a hash of their content (<c>assets/site.3f2a9c1b.css</c>)
/// so hosts can cache <c>assets/*</c> forever. Paths are relative to the output root.
/// </summary>
public sealed record ThemeAssets
{
    public required string StylesheetPath { get; init; }
    public required string ScriptPath { get; init; }
    public required IReadOnlyDictionary<ComponentStatus, string> FaviconPaths { get; init; }
    public string? LogoPath { get; init; }
    public required IReadOnlyList<OutputFile> Files { get; init; }

    /// <param name="readContentFile">Reads a file named relative to the content folder (logo, extra CSS).</param>
    public static ThemeAssets Create(SiteConfig site, Func<string, byte[]> readContentFile)
    {
        var files = new List<OutputFile>();

        var css = new StringBuilder(ReadEmbedded("site.css"));
        if (site.Theme.AccentColor is { } accent)
        {
            // Light scheme only: the dark scheme keeps its own link colour, which is checked against its background.
            css.Append("@media (prefers-color-scheme:light){:root{--accent:").Append(accent).Append("}}\n");
        }

        if (site.Theme.ExtraCss is { } extraCss)
        {
            css.Append("/* ").Append(extraCss.Replace("*/", "", StringComparison.Ordinal)).Append(" */\n")
               .Append(Encoding.UTF8.GetString(readContentFile(extraCss)));
        }

        var stylesheet = Add(files, "site", "css", Encoding.UTF8.GetBytes(css.ToString()), MediaTypes.Css);
        var script = Add(files, "site", "js", Encoding.UTF8.GetBytes(ReadEmbedded("site.js")), MediaTypes.JavaScript);
        var favicons = Enum.GetValues<ComponentStatus>().ToDictionary(
            s => s,
            s => Add(files, "status-" + StatusIcons.Code(s), "svg", Encoding.UTF8.GetBytes(StatusIcons.Favicon(s)), MediaTypes.Svg));

        string? logo = null;
        if (site.Theme.Logo is { } logoFile)
        {
            var extension = Path.GetExtension(logoFile).TrimStart('.').ToLowerInvariant();
            logo = Add(files, "logo", extension, readContentFile(logoFile), LogoMediaType(extension));
        }

        return new ThemeAssets
        {
            StylesheetPath = stylesheet,
            ScriptPath = script,
            FaviconPaths = favicons,
            LogoPath = logo,
            Files = files,
        };
    }

    private static string Add(List<OutputFile> files, string name, string extension, byte[] bytes, string mediaType)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var path = Routes.Asset.Path($"{name}.{hash}.{extension}");
        files.Add(new OutputFile(path, bytes, mediaType));
        return path;
    }

    private static string LogoMediaType(string extension) => extension switch
    {
        "svg" => MediaTypes.Svg,
        "png" => MediaTypes.Png,
        "jpg" or "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        _ => "application/octet-stream",
    };

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(ThemeAssets).Assembly.GetManifestResourceStream("StatusGen.Themes.Default.Assets." + name)
            ?? throw new InvalidOperationException($"The theme asset '{name}' is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
