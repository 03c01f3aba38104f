using System.Globalization;
using System.Text.RegularExpressions;
using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>The 'YYYY-MM-DD-slug.md' naming rule of incident and maintenance files.</summary>
public static partial class ContentFileName
{
    // IsMatch and the name's first ten characters (where the pattern puts the date) instead of a Match and its
    // groups: this runs on every content file of every build.
    public static bool IsValid(string fileName) =>
        Pattern().IsMatch(fileName)
        && DateOnly.TryParseExact(fileName.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The date the file name starts with, or null when the name does not follow the rule.</summary>
    public static DateOnly? DateOf(string fileName) =>
        IsValid(fileName) ? DateOnly.ParseExact(fileName[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    internal static void Check(SourceFile file, DiagnosticList diagnostics)
    {
        var name = Path.GetFileName(file.FullPath);
        if (IsValid(name))
        {
            return;
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        var prefix = DatePrefix().Match(stem);
        var date = prefix.Success ? prefix.Value : "YYYY-MM-DD";
        var suggestion = $"{date}-{Slug.From(stem[prefix.Length..], "incident")}.md";
        diagnostics.Error(DiagnosticCodes.BadFileName, file.At(1, 1), $"file name '{name}' does not follow YYYY-MM-DD-slug.md", $"rename it to something like '{suggestion}': the start date, then lower-case words joined by '-'");
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*\\.md$")]
    private static partial Regex Pattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex DatePrefix();
}
