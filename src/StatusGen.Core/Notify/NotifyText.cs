using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using StatusGen.Localization;
using StatusGen.Model;

namespace StatusGen.Notify;

/// <summary>
/// The words of notification messages in the site's language, from the one language file
/// (themes/default/Localization/Translations/&lt;language&gt;.json) like every other output: the <c>notify*</c> keys are
/// the messages' own; statuses, impacts, labels, the date format and the culture are the words the page shows.
/// There is no fallback: a file lacking a key is rejected by the theme's loader, and reading it here throws.
/// </summary>
internal sealed record NotifyText
{
    private static readonly ConcurrentDictionary<string, NotifyText> Cache = new(StringComparer.Ordinal);

    public required SiteText Site { get; init; }
    public required CultureInfo Culture { get; init; }
    public required string DateTimeFormat { get; init; }

    /// <summary>"New incident", "Maintenance started"...: the label a message starts with.</summary>
    public required IReadOnlyDictionary<NotifyEventKind, string> Kinds { get; init; }

    /// <summary>A component's status as the page's component list words it ("Partial outage").</summary>
    public required IReadOnlyDictionary<ComponentStatus, string> Statuses { get; init; }
    public required string ViewOnPage { get; init; }
    public required string ResolvedText { get; init; }

    /// <summary>"... It is planned to end at {0}.", {0} the end time.</summary>
    public required string StartedText { get; init; }
    public required string CompletedText { get; init; }

    /// <summary>"Sent by {0} ({1}).", {0} the site's title, {1} its address.</summary>
    public required string Footer { get; init; }

    /// <exception cref="ArgumentException">No language file exists for <paramref name="language"/>.</exception>
    /// <exception cref="KeyNotFoundException">The file lacks a key.</exception>
    public static NotifyText For(string language) => Cache.GetOrAdd(language, Read);

    public string Time(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString(DateTimeFormat, Culture);

    public string Format(string format, params object[] values) => string.Format(Culture, format, values);

    /// <summary>An update heading's status as written ("Identified", "In progress") in this language.</summary>
    public string UpdateStatus(string status, bool incident) =>
        incident && EnumNames.IncidentUpdateStatuses.TryGetValue(status, out var i) ? Site.IncidentStatuses[i]
        : !incident && EnumNames.MaintenanceUpdateStatuses.TryGetValue(status, out var m) ? Site.MaintenanceStatuses[m]
        : status;

    private static NotifyText Read(string language)
    {
        var file = LanguageFiles.Read(language);
        string Key(string key) => file.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"The language file '{language}.json' has no '{key}'.");
        return new NotifyText
        {
            Site = SiteText.For(language),
            Culture = LanguageCulture.For(language),
            DateTimeFormat = Key("dateTimeFormat"),
            Kinds = Enum.GetValues<NotifyEventKind>().ToFrozenDictionary(k => k, k => Key("notify" + k)),
            Statuses = Enum.GetValues<ComponentStatus>().ToFrozenDictionary(s => s, s => Key("status" + s)),
            ViewOnPage = Key("notifyViewOnPage"),
            ResolvedText = Key("notifyResolvedText"),
            StartedText = Key("notifyStartedText"),
            CompletedText = Key("notifyCompletedText"),
            Footer = Key("notifyFooter"),
        };
    }
}
