using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StatusGen.Badges;
using StatusGen.Building;
using StatusGen.Calendar;
using StatusGen.Feeds;
using StatusGen.Localization;
using StatusGen.Themes.Default.Tests.Fixtures;
using StatusGen.Widget;

namespace StatusGen.Themes.Default.Tests;

/// <summary>
/// The demo site built in every language: no English may be left in a non-English site. A piece of text that the
/// English build shows identically (a text node, an attribute a visitor hears, a feed title, a badge word, a
/// calendar line) is English left behind unless each of its words is the site's own content or a word of that
/// language's own file.
/// </summary>
[TestClass]
public sealed partial class EveryLanguageTests
{
    private static readonly Lazy<SiteSnapshot> Demo = new(DemoContent.Snapshot);

    private static readonly Lazy<Dictionary<string, HashSet<string>>> English = new(() => Texts(Build("en")));

    public static IEnumerable<object[]> OtherLanguages => LanguageFiles.Languages.Where(l => l != "en").Select(l => new object[] { l });

    [TestMethod]
    [DynamicData(nameof(OtherLanguages))]
    public void TheDemoSiteHasNoEnglishLeftIn(string language)
    {
        var own = Words(OwnValues(language)).Concat(Words(ContentText(Demo.Value))).Concat(Words([Demo.Value.Site.TimeZone.Id, "UTC", "StatusGen"])).ToHashSet(StringComparer.Ordinal);
        var leftovers = new List<string>();
        foreach (var (file, texts) in Texts(Build(language)))
        {
            if (!English.Value.TryGetValue(file, out var english))
            {
                continue;
            }

            foreach (var text in texts.Where(english.Contains).Where(t => !Address().IsMatch(t)))
            {
                var foreign = Words([text]).Where(w => !own.Contains(w)).ToList();
                if (foreign.Count > 0)
                {
                    leftovers.Add($"{file}: '{text}' ({string.Join(", ", foreign)})");
                }
            }
        }

        var distinct = leftovers.GroupBy(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Select(g => $"{g.First()} (and {g.Count() - 1} more files)").ToList();
        Assert.IsEmpty(distinct, $"English left in the '{language}' site:\n" + string.Join("\n", distinct.Take(40)));
    }

    [TestMethod]
    [DynamicData(nameof(OtherLanguages))]
    public void NoLanguageFileKeepsAnEnglishValueUnlessTheWordIsTheSame(string language)
    {
        var english = LanguageFiles.Read("en");
        var same = LanguageFiles.Read(language)
            .Where(p => p.Value == english[p.Key] && !Technical(p.Key))
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

        CollectionAssert.AreEqual(SameAsEnglishOnPurpose.GetValueOrDefault(language, []).Order(StringComparer.Ordinal).ToList(), same,
            $"{language}.json keeps these English values; translate them, or list them here when the word really is the same");
    }

    [TestMethod]
    [DynamicData(nameof(OtherLanguages))]
    public void EveryLanguageFileHasEveryKeyOfTheEnglishOne(string language)
    {
        CollectionAssert.AreEquivalent(LanguageFiles.Read("en").Keys.ToList(), LanguageFiles.Read(language).Keys.ToList(), language);
        Assert.AreEqual(language, new GeneratedSite(Build(language).Snapshot, new DefaultTheme()).Home.DocumentElement.GetAttribute("lang"));
    }

    /// <summary>Values a language shares with English because the word is the same (French "Impact", units, feed names).</summary>
    private static readonly Dictionary<string, string[]> SameAsEnglishOnPurpose = new()
    {
        ["de"] = ["rssFeed", "atomFeed", "jsonFeed"],
        ["fr"] = ["siteNavigation", "impactLabel", "maintenance", "rssFeed", "atomFeed", "jsonFeed", "componentIncidents", "pagination", "incidentCountOne", "incidentCount"],
        ["es"] = ["durationDays", "durationHours", "durationMinutes", "rssFeed", "atomFeed", "jsonFeed"],
        ["it"] = ["durationHours", "durationMinutes", "rssFeed", "atomFeed", "jsonFeed"],
        ["nl"] = ["durationDays", "durationMinutes", "rssFeed", "atomFeed", "jsonFeed", "badgeLabel"],
        ["pl"] = ["durationMinutes", "rssFeed", "atomFeed", "jsonFeed"],
        ["pt-BR"] = ["durationDays", "durationHours", "durationMinutes", "siteNavigation", "rssFeed", "atomFeed", "jsonFeed", "badgeLabel"],
        ["sv"] = ["durationDays", "durationMinutes", "rssFeed", "atomFeed", "jsonFeed", "badgeLabel"],
        ["ja"] = ["rssFeed", "atomFeed", "jsonFeed"],
    };

    /// <summary>Formats, name lists, separators and the culture: not sentences a translator words.</summary>
    private static bool Technical(string key) =>
        key == "culture" || key.EndsWith("Format", StringComparison.Ordinal) || key.EndsWith("Names", StringComparison.Ordinal) || key.EndsWith("Separator", StringComparison.Ordinal);

    /// <summary>A language's own words: its values, except those it merely kept from English (unless on purpose).</summary>
    private static IEnumerable<string> OwnValues(string language)
    {
        var english = LanguageFiles.Read("en");
        var onPurpose = SameAsEnglishOnPurpose.GetValueOrDefault(language, []);
        return LanguageFiles.Read(language).Where(p => p.Value != english[p.Key] || Technical(p.Key) || onPurpose.Contains(p.Key)).Select(p => p.Value);
    }

    private static (SiteSnapshot Snapshot, IReadOnlyList<OutputFile> Files) Build(string language)
    {
        var demo = Demo.Value;
        var snapshot = demo with { Content = demo.Content with { Site = demo.Site with { Language = language } } };
        IOutputGenerator[] generators = [new DefaultTheme(), new FeedGenerator(), new MaintenanceCalendarGenerator(), new BadgeGenerator(), new WidgetGenerator()];
        return (snapshot, [.. generators.SelectMany(g => g.Generate(snapshot))]);
    }

    /// <summary>Per output file, every piece of text a person reads or hears.</summary>
    private static Dictionary<string, HashSet<string>> Texts((SiteSnapshot Snapshot, IReadOnlyList<OutputFile> Files) build) =>
        build.Files.Where(f => !f.Path.StartsWith("assets/", StringComparison.Ordinal) && !f.Path.EndsWith(".js", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => Pieces(f.Path, Encoding.UTF8.GetString(f.Bytes)).Select(Normal).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static IEnumerable<string> Pieces(string path, string text) => Path.GetExtension(path) switch
    {
        ".html" => Html(text),
        ".svg" => XDocument.Parse(text).Descendants().SelectMany(e => e.Nodes().OfType<XText>().Select(t => t.Value)),
        ".atom" or ".rss" => XDocument.Parse(text).Descendants().Where(e => e.Name.LocalName is "title" or "subtitle" or "summary" or "content" or "description")
            .SelectMany(e => e.Nodes().OfType<XText>().SelectMany(t => Html(t.Value))),
        ".json" => Strings(JsonDocument.Parse(text).RootElement).SelectMany(Html),
        ".ics" => text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n")
            .Where(l => l.StartsWith("SUMMARY", StringComparison.Ordinal) || l.StartsWith("DESCRIPTION", StringComparison.Ordinal) || l.StartsWith("X-WR-CAL", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal)).SelectMany(l => l.Split('\n')),
        _ => [],
    };

    private static IEnumerable<string> Html(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All.Where(e => e.LocalName is not ("script" or "style" or "svg")))
        {
            foreach (var node in element.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text))
            {
                yield return node.TextContent;
            }

            foreach (var attribute in element.Attributes.Where(a => a.Name is "aria-label" or "title" or "alt" or "data-states" or "data-ago" or "data-local"
                || (a.Name == "content" && (element.GetAttribute("name") is "description" || element.GetAttribute("property") is "og:title" or "og:description"))))
            {
                yield return attribute.Value;
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("id" or "url" or "external_url" or "home_page_url" or "feed_url" or "version" or "date_published" or "date_modified" or "color"))
            .SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>What the site's own authors wrote: it stays in their language whatever the interface's.</summary>
    private static IEnumerable<string> ContentText(SiteSnapshot snapshot)
    {
        var site = snapshot.Site;
        yield return site.Title;
        yield return site.Description;
        yield return site.Theme.Footer ?? "";
        foreach (var link in site.Theme.HeaderLinks.Concat(site.Notify.Subscribe))
        {
            yield return link.Label;
        }

        foreach (var component in site.Components)
        {
            yield return component.Name;
            yield return component.Description ?? "";
            yield return component.Group ?? "";
        }

        foreach (var incident in snapshot.Content.Incidents)
        {
            yield return incident.Title;
            yield return incident.Summary.Markdown;
            foreach (var update in incident.Updates)
            {
                yield return update.Body.Markdown;
            }
        }

        foreach (var maintenance in snapshot.Content.Maintenances)
        {
            yield return maintenance.Title;
            yield return maintenance.Summary.Markdown;
            foreach (var update in maintenance.Updates)
            {
                yield return update.Body.Markdown;
            }
        }
    }

    private static IEnumerable<string> Words(IEnumerable<string> texts) => texts.SelectMany(t => Word().Matches(t).Select(m => m.Value));

    private static string Normal(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    /// <summary>URLs, tag: ids and host names: addresses, not words.</summary>
    [GeneratedRegex(@"^(\w+://\S*|tag:\S*|[\w-]+(\.[\w-]+)+)$")]
    private static partial Regex Address();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
