using System.Text.RegularExpressions;
using StatusGen.Loading;

namespace StatusGen.Import.Cstate;

/// <summary>
/// cState writes each update as text ending in <c>{{&lt; track "2018-06-13 13:00:00" &gt;}}</c>, usually led by a
/// status in emphasis: <c>*Monitoring* - We are ...</c>, <c>**Resolved:** The fix ...</c>. A status we know is taken
/// off the text and kept as the update's label; any other label ("*Just began* -") stays in the text.
/// </summary>
internal static partial class TrackedUpdates
{
    /// <param name="At">Null when the shortcode's time cannot be read.</param>
    /// <param name="Label">The known status word that led the text, lower case ("resolved"); null when there was none.</param>
    public sealed record Tracked(DateTimeOffset? At, string TimeText, Diagnostics.SourcePosition TimePosition, string? Label, string Text);

    /// <param name="Rest">Text after the last shortcode, which belongs to no update.</param>
    public sealed record Parsed(IReadOnlyList<Tracked> Updates, string Rest);

    /// <summary>Words that lead an update in cState sites, as they map to our incident and maintenance statuses.</summary>
    public static readonly IReadOnlySet<string> KnownLabels = new HashSet<string>(StringComparer.Ordinal)
    {
        "investigating", "identified", "monitoring", "update", "updated", "update 2", "resolved", "fixed", "postmortem", "post-mortem",
        "scheduled", "in progress", "verifying", "completed",
    };

    public static Parsed Read(TextRegion body, TimeZoneInfo zone)
    {
        var text = body.Content;
        var updates = new List<Tracked>();
        var start = 0;
        foreach (Match match in Track().Matches(text))
        {
            var before = text[start..match.Index];
            start = match.Index + match.Length;
            var time = match.Groups["time"];
            var (label, rest) = Label(before.Trim());
            updates.Add(new Tracked(HugoDates.Parse(time.Value, zone), time.Value, body.At(time.Index), label, rest));
        }

        return new Parsed(updates, text[start..].Trim());
    }

    /// <summary>Splits a leading known status label off the text: "**Resolved:** Fixed." gives ("resolved", "Fixed.").</summary>
    public static (string? Label, string Text) Label(string text)
    {
        var match = LeadingLabel().Match(text);
        if (!match.Success)
        {
            return (null, text);
        }

        var label = match.Groups["label"].Value.Trim().ToLowerInvariant();
        return KnownLabels.Contains(label) ? (label, text[match.Length..].Trim()) : (null, text);
    }

    [GeneratedRegex(@"\{\{[<%]\s*track\s+""(?<time>[^""]*)""\s*[>%]\}\}")]
    private static partial Regex Track();

    // "*Resolved* -", "**Monitoring** -", "**Resolved:** text", "_Identified_:", "Investigating -" at the start of the update.
    [GeneratedRegex(@"^(?:(?<o>\*{1,2}|_{1,2})(?<label>[A-Za-z][A-Za-z0-9 -]{0,30}?)(?:\s*[:.]\k<o>(?:[ \t]*[-–—:])?|\k<o>(?:[ \t]*[-–—:]|(?=\s*\n)))|(?<label>[A-Za-z][A-Za-z0-9 -]{0,30}?)[ \t]*[-–—:])[ \t]*")]
    private static partial Regex LeadingLabel();
}
