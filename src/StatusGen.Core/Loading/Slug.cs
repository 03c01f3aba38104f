using System.Text;
using AnyAscii;

namespace StatusGen.Loading;

/// <summary>
/// Lower-case URL slugs made from titles and names: "Elevated API errors" -> "elevated-api-errors". The one slug
/// function: <c>new</c>, both importers and the suggestions in diagnostics all use it, so one title always gets one name.
/// </summary>
public static class Slug
{
    /// <param name="maxLength">Longer slugs are cut at a word boundary where possible.</param>
    public static string From(string text, string fallback, int maxLength = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        // German folding first ("Zürich" -> "zuerich", as Germans write it without umlauts); AnyAscii, a maintained
        // transliteration table, would give "zurich". Then every other script: "Łódź" -> "lodz", "Сбой" -> "sboy".
        var ascii = FoldGerman(text).Transliterate();
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > maxLength / 2 ? cut : maxLength)].Trim('-');
        }

        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>Returns <paramref name="slug"/>, or it with "-2", "-3"... when taken; records the result as taken.</summary>
    public static string Unique(string slug, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private static string FoldGerman(string text) =>
        text.Normalize(NormalizationForm.FormC)
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Replace("ẞ", "SS", StringComparison.Ordinal);
}
