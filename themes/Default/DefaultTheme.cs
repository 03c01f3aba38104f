using StatusGen.Building;
using StatusGen.Themes.Default.Pages;
using StatusGen.Themes.Default.Rendering;

namespace StatusGen.Themes.Default;

/// <summary>The default theme: every HTML page and its assets.</summary>
public sealed class DefaultTheme : IOutputGenerator
{
    private readonly PageRenderer renderer = new();

    public string Name => "theme";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        yield return OutputFile.Text(
            "index.html",
            renderer.Render<HomePage>(new Dictionary<string, object?> { [nameof(HomePage.Snapshot)] = snapshot }),
            MediaTypes.Html);
    }
}
