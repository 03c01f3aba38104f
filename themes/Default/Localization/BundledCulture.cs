using System.Globalization;

namespace StatusGen.Themes.Default.Localization;

/// <summary>Builds a language's culture from its translation file, so formatting never depends on ICU data.</summary>
internal static class BundledCulture
{
    public static CultureInfo Create(UiStrings strings)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var dates = culture.DateTimeFormat;
        var months = Months(strings.MonthNames, nameof(strings.MonthNames));
        dates.MonthNames = months;
        dates.MonthGenitiveNames = months;
        dates.AbbreviatedMonthNames = Months(strings.AbbreviatedMonthNames, nameof(strings.AbbreviatedMonthNames));
        dates.AbbreviatedMonthGenitiveNames = Months(strings.AbbreviatedMonthGenitiveNames, nameof(strings.AbbreviatedMonthGenitiveNames));
        dates.DayNames = List(strings.DayNames, 7, nameof(strings.DayNames));
        dates.AbbreviatedDayNames = List(strings.AbbreviatedDayNames, 7, nameof(strings.AbbreviatedDayNames));
        culture.NumberFormat.NumberDecimalSeparator = strings.DecimalSeparator;
        culture.NumberFormat.NumberGroupSeparator = strings.GroupSeparator;
        culture.NumberFormat.PercentDecimalSeparator = strings.DecimalSeparator;
        culture.NumberFormat.PercentGroupSeparator = strings.GroupSeparator;
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
