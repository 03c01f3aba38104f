using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using StatusGen.Model;

namespace StatusGen.Notify;

/// <summary>
/// The words of notification messages in one language, from <c>Notify/Translations/&lt;language&gt;.json</c>
/// (embedded). A language is a file; a language without one, or a key a file lacks, reads English, so a theme
/// language added without notify strings still sends readable messages.
/// </summary>
internal sealed class NotifyStrings
{
    private const string Prefix = "StatusGen.Notify.Translations.";
    private static readonly ConcurrentDictionary<string, NotifyStrings> Cache = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, string> strings;

    private NotifyStrings(FrozenDictionary<string, string> strings)
    {
        this.strings = strings;
        Culture = CultureInfo.GetCultureInfo(this["culture"]);
    }

    public CultureInfo Culture { get; }

    /// <summary>The languages with a file of their own.</summary>
    public static IReadOnlyList<string> Languages =>
        [.. typeof(NotifyStrings).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length]).Order(StringComparer.Ordinal)];

    public string this[string key] => strings.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"notify string '{key}' is in no translation file");

    public static NotifyStrings For(string language) => Cache.GetOrAdd(language, l =>
    {
        var english = Read("en") ?? throw new InvalidOperationException("The English notify strings are missing from the assembly.");
        var own = l == "en" ? english : Read(l) ?? english;
        var merged = new Dictionary<string, string>(english, StringComparer.Ordinal);
        foreach (var (key, value) in own)
        {
            merged[key] = value;
        }

        return new NotifyStrings(merged.ToFrozenDictionary(StringComparer.Ordinal));
    });

    public string Format(string key, params object[] values) => string.Format(Culture, this[key], values);

    public string Time(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString(this["dateTimeFormat"], Culture);

    public string Kind(NotifyEventKind kind) => this[JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())];

    public string Status(ComponentStatus status) => this[JsonNamingPolicy.CamelCase.ConvertName(status.ToString())];

    public string Impact(Impact impact) => this["impact" + impact];

    /// <summary>An update heading's status ("Identified", "in progress") in this language; unknown ones as written.</summary>
    public string UpdateStatus(string status)
    {
        var key = JsonNamingPolicy.CamelCase.ConvertName(string.Concat(status.Split(' ', '_', '-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())));
        return strings.TryGetValue(key, out var value) ? value : status;
    }

    private static Dictionary<string, string>? Read(string language)
    {
        using var stream = typeof(NotifyStrings).Assembly.GetManifestResourceStream($"{Prefix}{language}.json");
        if (stream is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
    }
}
