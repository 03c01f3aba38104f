using System.Text.RegularExpressions;
using StatusGen.Model;

namespace StatusGen.Import.Cstate;

/// <summary>
/// cState writes each update as text ending in <c>{{&lt; track "2018-06-13 13:00:00" &gt;}}</c>, usually led by a
/// status in emphasis: <c>*Monitoring* - We are ...</c>. A status we know becomes the update's status and is
/// removed from the text; any other label ("*Just began* -") stays in the text of an <c>Update</c>.
/// </summary>
internal static partial class TrackedUpdates
{
    /// <param name="At">Null when the shortcode's time cannot be read.</param>
    public sealed record Tracked(DateTimeOffset? At, string TimeText, int Line, IncidentUpdateStatus Status, string Text);

    /// <param name="Rest">Text after the last shortcode, which belongs to no update.</param>
    public sealed record Parsed(IReadOnlyList<Tracked> Updates, string Rest);

    /// <param name="bodyFirstLine">The file line the body starts on, for positions of unreadable times.</param>
    public static Parsed Read(string body, int bodyFirstLine)
    {
        var updates = new List<Tracked>();
        var start = 0;
        foreach (Match match in Track().Matches(body))
        {
            var text = body[start..match.Index];
            start = match.Index + match.Length;
            var timeText = match.Groups["time"].Value;
            var (status, rest) = Label(text.Trim());
            var line = bodyFirstLine + body[..match.Index].Count(c => c == '\n');
            updates.Add(new Tracked(YamlNodes.Date(timeText), timeText, line, status, rest));
        }

        return new Parsed(updates, body[start..].Trim());
    }

    private static (IncidentUpdateStatus Status, string Text) Label(string text)
    {
        var match = LeadingLabel().Match(text);
        if (!match.Success)
        {
            return (IncidentUpdateStatus.Update, text);
        }

        var label = match.Groups["label"].Value.Trim();
        IncidentUpdateStatus? status = label.ToLowerInvariant() switch
        {
            "investigating" => IncidentUpdateStatus.Investigating,
            "identified" => IncidentUpdateStatus.Identified,
            "monitoring" => IncidentUpdateStatus.Monitoring,
            "update" or "updated" or "update 2" => IncidentUpdateStatus.Update,
            "resolved" or "fixed" => IncidentUpdateStatus.Resolved,
            "postmortem" or "post-mortem" => IncidentUpdateStatus.Postmortem,
            _ => null,
        };
        return status is { } known ? (known, text[match.Length..].Trim()) : (IncidentUpdateStatus.Update, text);
    }

    [GeneratedRegex(@"\{\{[<%]\s*track\s+""(?<time>[^""]*)""\s*[>%]\}\}")]
    private static partial Regex Track();

    // "*Resolved* -", "**Monitoring** -", "_Identified_:", "Investigating -" at the start of the update.
    [GeneratedRegex(@"^(?:\*{1,2}|_{1,2})?(?<label>[A-Za-z][A-Za-z0-9 -]{0,30}?)(?:\*{1,2}|_{1,2})?\s*[-–—:]\s*")]
    private static partial Regex LeadingLabel();
}
