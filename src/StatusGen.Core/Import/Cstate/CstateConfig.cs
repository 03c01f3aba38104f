using StatusGen.Diagnostics;
using StatusGen.Loading;
using YamlDotNet.RepresentationModel;
using static StatusGen.Import.Cstate.YamlNodes;

namespace StatusGen.Import.Cstate;

/// <summary>A cState system as configured: its name is how issues refer to it.</summary>
internal sealed record CstateSystem(string Name, string? Category, string Description);

/// <summary>
/// The parts of a cState (Hugo) config.yml that have a place in site.yml: title, description, baseURL,
/// languageCode, and params.systems / params.categories. Category descriptions, 'closed', 'untitled' and system
/// links have none and are dropped (docs/import.md).
/// </summary>
internal sealed record CstateConfig(string Title, string Description, Uri BaseUrl, string Language, IReadOnlyList<CstateSystem> Systems, TimeZoneInfo TimeZone)
{
    public static readonly Uri PlaceholderBaseUrl = new("https://status.example.com/");

    public static readonly string[] FileNames = ["config.yml", "config.yaml", "hugo.yml", "hugo.yaml"];

    /// <returns>Null when the config exists but cannot be read (reported): importing without it would lose its systems.</returns>
    public static CstateConfig? Read(string siteDirectory, string displayBase, DiagnosticList diagnostics)
    {
        var path = FileNames.Select(n => Path.Combine(siteDirectory, n)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImportMissingField,
                SourcePosition.StartOf(Display(Path.Combine(siteDirectory, "config.yml"), displayBase)),
                "no cState config.yml found; components are created from the names issues mention",
                "point the import at the folder that holds config.yml and content/issues/");
            return new CstateConfig("Status", "", PlaceholderBaseUrl, "en", [], TimeZoneInfo.Utc);
        }

        var display = Display(path, displayBase);
        var text = ContentFileReader.Read(new SourceFile(display, path), siteDirectory, diagnostics);
        if (text is null)
        {
            return null;
        }

        var region = text.Region(0, text.Text.Length);
        var parsed = CstateYaml.Parse(region, "config", diagnostics, out var valid);
        if (!valid)
        {
            return null;
        }

        var root = parsed as YamlMappingNode ?? [];
        SourcePosition At(YamlNode node) => region.At(node.Start);

        var parameters = Get(root, "params") as YamlMappingNode;
        var title = Text(Get(root, "title"));
        if (title is null)
        {
            diagnostics.Warning(DiagnosticCodes.ImportMissingField, SourcePosition.StartOf(display), "config has no 'title'; site.yml gets 'Status'", "set title in site.yml");
        }

        return new CstateConfig(
            title ?? "Status",
            Text(Get(parameters, "description")) ?? Text(Get(root, "description")) ?? "",
            ReadBaseUrl(root, display, At, diagnostics),
            Text(Get(root, "languageCode"))?.ToLowerInvariant() is { } language && language.StartsWith("de", StringComparison.Ordinal) ? "de" : "en",
            ReadSystems(Get(parameters, "systems") ?? Get(root, "systems"), UntitledCategories(Get(parameters, "categories") ?? Get(root, "categories")), At, diagnostics),
            ReadTimeZone(root, At, diagnostics));
    }

    private static Uri ReadBaseUrl(YamlMappingNode root, string display, Func<YamlNode, SourcePosition> at, DiagnosticList diagnostics)
    {
        var node = Get(root, "baseURL");
        var text = Text(node);
        if (text is not null && Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Host != "localhost")
        {
            return url;
        }

        diagnostics.Warning(
            DiagnosticCodes.ImportMissingField,
            node is null ? SourcePosition.StartOf(display) : at(node),
            $"config has no absolute baseURL{(text is null ? "" : $" ('{text}')")}; site.yml gets {PlaceholderBaseUrl}",
            "set baseUrl in site.yml to the address the status page is served from");
        return PlaceholderBaseUrl;
    }

    /// <summary>Hugo's 'timeZone' (an IANA name): the zone of front matter times without an offset. UTC when absent.</summary>
    private static TimeZoneInfo ReadTimeZone(YamlMappingNode root, Func<YamlNode, SourcePosition> at, DiagnosticList diagnostics)
    {
        var node = Get(root, "timeZone");
        var id = Text(node)?.Trim();
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId)
        {
            return zone;
        }

        diagnostics.Warning(DiagnosticCodes.ImportMissingField, at(node!), $"timeZone '{id}' is unknown; times without an offset are read as UTC", "set timezone in site.yml to an IANA name such as Europe/Berlin");
        return TimeZoneInfo.Utc;
    }

    /// <summary>Categories marked 'untitled: true' are shown without a heading in cState: their systems stay ungrouped.</summary>
    private static HashSet<string> UntitledCategories(YamlNode? node) =>
        [.. Items(node).OfType<YamlMappingNode>().Where(c => Bool(Get(c, "untitled")) == true).Select(c => Text(Get(c, "name"))?.Trim()).OfType<string>()];

    private static List<CstateSystem> ReadSystems(YamlNode? node, HashSet<string> untitled, Func<YamlNode, SourcePosition> at, DiagnosticList diagnostics)
    {
        var systems = new List<CstateSystem>();
        foreach (var item in Items(node))
        {
            var map = item as YamlMappingNode;
            var name = Text(Get(map, "name"));
            if (name is null)
            {
                diagnostics.Warning(DiagnosticCodes.ImportMissingField, at(item), "a system has no 'name'; it was skipped", "give it a name or delete it");
                continue;
            }

            var category = Text(Get(map, "category"))?.Trim();
            systems.Add(new CstateSystem(name.Trim(), category is null || untitled.Contains(category) ? null : category, Text(Get(map, "description"))?.Trim() ?? ""));
        }

        return systems;
    }

    public static string Display(string path, string displayBase) =>
        Path.GetRelativePath(displayBase, path).Replace('\\', '/');
}
