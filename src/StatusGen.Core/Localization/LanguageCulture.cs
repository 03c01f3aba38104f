using System.Collections.Concurrent;
using System.Globalization;

namespace StatusGen.Localization;

/// <summary>
/// A language's culture built from its language file: the invariant culture with the file's month and day names and
/// separators. Never looked up in ICU, so output is the same with and without it (slim containers run with
/// DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) and across ICU versions.
/// </summary>
public static class LanguageCulture
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Cache = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">No language file exists for <paramref name="language"/>.</exception>
    public static CultureInfo For(string language) => Cache.GetOrAdd(language, l =>
    {
        var file = LanguageFiles.Read(l);
        string Key(string key) => file.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The language file '{l}.json' has no '{key}'.");
        return Create(Key("monthNames"), Key("abbreviatedMonthNames"), Key("abbreviatedMonthGenitiveNames"), Key("dayNames"), Key("abbreviatedDayNames"), Key("decimalSeparator"), Key("groupSeparator"));
    });

    /// <summary>Lists are comma-separated, January (Sunday) first; the genitive abbreviations are used after a day ("d. MMM").</summary>
    /// <exception cref="FormatException">A list does not have 12 months or 7 days.</exception>
    public static CultureInfo Create(string monthNames, string abbreviatedMonthNames, string abbreviatedMonthGenitiveNames, string dayNames, string abbreviatedDayNames, string decimalSeparator, string groupSeparator)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var dates = culture.DateTimeFormat;
        var months = Months(monthNames, nameof(monthNames));
        dates.MonthNames = months;
        dates.MonthGenitiveNames = months;
        dates.AbbreviatedMonthNames = Months(abbreviatedMonthNames, nameof(abbreviatedMonthNames));
        dates.AbbreviatedMonthGenitiveNames = Months(abbreviatedMonthGenitiveNames, nameof(abbreviatedMonthGenitiveNames));
        dates.DayNames = List(dayNames, 7, nameof(dayNames));
        dates.AbbreviatedDayNames = List(abbreviatedDayNames, 7, nameof(abbreviatedDayNames));
        culture.NumberFormat.NumberDecimalSeparator = decimalSeparator;
        culture.NumberFormat.NumberGroupSeparator = groupSeparator;
        culture.NumberFormat.PercentDecimalSeparator = decimalSeparator;
        culture.NumberFormat.PercentGroupSeparator = groupSeparator;
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>.NET wants a 13th, empty month name for 13-month calendars.</summary>
    private static string[] Months(string list, string key) => [.. List(list, 12, key), ""];

    private static string[] List(string list, int count, string key)
    {
        var names = list.Split(',', StringSplitOptions.TrimEntries);
        return names.Length == count
            ? names
            : throw new FormatException($"'{key}' in the translation file must list {count} names separated by commas, not {names.Length}");
    }
}
