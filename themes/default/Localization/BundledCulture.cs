using System.Globalization;
using StatusGen.Localization;

namespace StatusGen.Themes.Default.Localization;

/// <summary>Builds a language's culture from its translation file, so formatting never depends on ICU data.</summary>
internal static class BundledCulture
{
    /// <summary>The same construction Core's outputs (notify) use: <see cref="LanguageCulture"/>.</summary>
    public static CultureInfo Create(UiStrings strings) => LanguageCulture.Create(
        strings.MonthNames, strings.AbbreviatedMonthNames, strings.AbbreviatedMonthGenitiveNames,
        strings.DayNames, strings.AbbreviatedDayNames, strings.DecimalSeparator, strings.GroupSeparator);
}
