using System.Collections.Frozen;
using System.Globalization;
using StatusGen.Model;

namespace StatusGen.Localization;

/// <summary>
/// The words Core's outputs show (feeds, calendar, badges, widget, the scaffolds of <c>statusgen new</c>), read from
/// the site's language file: no output spells a word of its own, so a new language needs no code.
/// </summary>
public sealed record SiteText
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SiteText> Cache = new(StringComparer.Ordinal);

    public required string IncidentHistory { get; init; }
    public required string Updates { get; init; }
    public required string Maintenance { get; init; }
    public required string Impact { get; init; }
    public required string Affected { get; init; }
    public required string Window { get; init; }
    public required IReadOnlyDictionary<IncidentUpdateStatus, string> IncidentStatuses { get; init; }
    public required IReadOnlyDictionary<MaintenanceUpdateStatus, string> MaintenanceStatuses { get; init; }
    public required IReadOnlyDictionary<Model.Impact, string> Impacts { get; init; }

    /// <summary>The banner's words for the site's state; the widget says the same.</summary>
    public required IReadOnlyDictionary<ComponentStatus, string> Banner { get; init; }

    public required string BadgeLabel { get; init; }

    /// <summary>A badge's short message per status ("partial outage").</summary>
    public required IReadOnlyDictionary<ComponentStatus, string> Badge { get; init; }

    /// <summary>"We are investigating problems with {0}. ... within {1} minutes.": the first update `new incident` writes.</summary>
    public required string ScaffoldInvestigating { get; init; }

    /// <summary>"Planned maintenance of {0}. ...": the first update `new maintenance` writes.</summary>
    public required string ScaffoldMaintenance { get; init; }

    /// <summary>"{0} and {1}": the last two items of a list.</summary>
    public required string ListAnd { get; init; }

    /// <summary>", ": between the other items of a list.</summary>
    public required string ListSeparator { get; init; }

    /// <exception cref="ArgumentException">No language file exists for <paramref name="language"/>.</exception>
    /// <exception cref="KeyNotFoundException">The file lacks a key (the theme's loader names every missing one).</exception>
    public static SiteText For(string language) => Cache.GetOrAdd(language, Read);

    /// <summary>"A", "A and B", "A, B and C" in the language's words.</summary>
    public string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => string.Format(CultureInfo.InvariantCulture, ListAnd, string.Join(ListSeparator, all[..^1]), all[^1]),
        };
    }

    private static SiteText Read(string language)
    {
        var file = LanguageFiles.Read(language);
        string Key(string key) => file.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"The language file '{language}.json' has no '{key}'.");
        return new SiteText
        {
            IncidentHistory = Key("incidentHistory"),
            Updates = Key("updates"),
            Maintenance = Key("maintenance"),
            Impact = Key("impactLabel"),
            Affected = Key("affected"),
            Window = Key("window"),
            IncidentStatuses = Enum.GetValues<IncidentUpdateStatus>().ToFrozenDictionary(s => s, s => Key("update" + s)),
            MaintenanceStatuses = Enum.GetValues<MaintenanceUpdateStatus>().ToFrozenDictionary(s => s, s => Key("maintenance" + s)),
            Impacts = Enum.GetValues<Model.Impact>().ToFrozenDictionary(i => i, i => Key("impact" + i)),
            Banner = Enum.GetValues<ComponentStatus>().ToFrozenDictionary(s => s, s => Key("banner" + s)),
            BadgeLabel = Key("badgeLabel"),
            Badge = Enum.GetValues<ComponentStatus>().ToFrozenDictionary(s => s, s => Key("badge" + s)),
            ScaffoldInvestigating = Key("scaffoldInvestigating"),
            ScaffoldMaintenance = Key("scaffoldMaintenance"),
            ListAnd = Key("listAnd"),
            ListSeparator = Key("listSeparator"),
        };
    }
}
