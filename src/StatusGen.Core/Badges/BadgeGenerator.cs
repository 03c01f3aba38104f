using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Localization;
using StatusGen.Model;

namespace StatusGen.Badges;

/// <summary>
/// badges/status.svg and badges/&lt;component id&gt;.svg for READMEs, and the same as shields.io endpoint JSON
/// (badges/status.json, badges/&lt;id&gt;.json) for people who style their badges on shields.io.
/// </summary>
public sealed class BadgeGenerator : IOutputGenerator
{
    /// <summary>The overall badge's file name; a component with this id would collide with it.</summary>
    public const string OverallName = "status";

    public string Name => "badges";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var site = snapshot.Site;
        var text = SiteText.For(site.Language);
        foreach (var file in Badge(OverallName, text.BadgeLabel, BadgeStyle.For(snapshot.Status.Overall, text)))
        {
            yield return file;
        }

        foreach (var component in site.Components)
        {
            if (component.Id == OverallName)
            {
                throw new InvalidOperationException($"Component id '{OverallName}' collides with the overall badge badges/{OverallName}.svg; rename the component.");
            }

            foreach (var file in Badge(component.Id, component.Name, BadgeStyle.For(snapshot.Status.Of(component.Id), text)))
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<OutputFile> Badge(string name, string label, BadgeStyle style)
    {
        yield return new OutputFile(Routes.BadgeSvg.Path(name), BadgeSvg.Render(label, style), Routes.BadgeSvg.MediaType);
        yield return new OutputFile(Routes.BadgeJson.Path(name), JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("label", label);
            json.WriteString("message", style.Message);
            json.WriteString("color", style.ShieldsColor);
            json.WriteNumber("cacheSeconds", 300);
            json.WriteEndObject();
        }), Routes.BadgeJson.MediaType);
    }
}
