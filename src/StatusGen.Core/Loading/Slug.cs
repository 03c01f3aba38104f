using System.Globalization;
using System.Text;

namespace StatusGen.Loading;

/// <summary>Lower-case URL slugs made from titles and ids: "Elevated API errors" -> "elevated-api-errors".</summary>
public static class Slug
{
    /// <param name="maxLength">Longer slugs are cut at a word boundary where possible.</param>
    public static string From(string text, string fallback, int maxLength = 60)
    {
        var folded = text.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("Ä", "Ae").Replace("Ö", "Oe").Replace("Ü", "Ue").Replace("ß", "ss")
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

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
}
