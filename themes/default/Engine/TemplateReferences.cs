using Microsoft.CodeAnalysis;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// What a site's templates compile against: the runtime's trusted platform assemblies (the .NET and ASP.NET Core
/// shared frameworks and, for an installed tool, its own assemblies) and whatever else is loaded (the theme, Core,
/// RazorLight), so templates see the same types the tool runs with, from a build tree or an installed tool alike.
/// </summary>
internal static class TemplateReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Loaded = new(Find);

    public static IReadOnlyList<MetadataReference> All => Loaded.Value;

    private static List<MetadataReference> Find()
    {
        var trusted = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => a.Location);
        var mine = new[] { typeof(TemplateReferences).Assembly, typeof(RazorLight.TemplatePage).Assembly, typeof(StatusGen.Building.SiteSnapshot).Assembly }.Select(a => a.Location);

        // One file per assembly name: two copies of one assembly (a test host's and the framework's) are ambiguous to C#.
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in mine.Concat(trusted).Concat(loaded).Where(p => p.Length > 0 && p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        // Both lists hold managed assemblies only: the runtime keeps native libraries apart.
        return [.. byName.Values.Where(File.Exists).Select(p => MetadataReference.CreateFromFile(p))];
    }
}
