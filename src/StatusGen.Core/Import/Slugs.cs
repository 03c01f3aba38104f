using System.Globalization;
using System.Text;

namespace StatusGen.Import;

/// <summary>Lower-case ASCII slugs for component ids and file names.</summary>
internal static class Slugs
{
    public static string Of(string text, int maxLength = 60)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // "Zürich" -> "zurich"
            }

            var lower = c is 'ß' ? "ss" : char.ToLowerInvariant(c).ToString();
            if (lower.All(char.IsAsciiLetterOrDigit))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>Returns <paramref name="slug"/>, or it with "-2", "-3"... when taken; records the result as taken.</summary>
    public static string Unique(string slug, ISet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
