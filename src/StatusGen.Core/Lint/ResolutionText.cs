using System.Text.RegularExpressions;

namespace StatusGen.Lint;

/// <summary>
/// Decides whether a Resolved update explains anything. The rule (docs/workflow.md, SG0503): remove Markdown
/// punctuation and the boilerplate phrases below, then count the words left; fewer than
/// <see cref="MinimumWords"/> means the text only says that it is over, not what happened.
/// </summary>
internal static partial class ResolutionText
{
    public const int MinimumWords = 8;

    // Longest first, so that "this incident has been resolved" goes before "resolved" leaves "this incident has been".
    private static readonly string[] Boilerplate =
    [
        "this incident has been resolved",
        "the incident has been resolved",
        "this issue has been resolved",
        "the issue has been resolved",
        "all services have been restored",
        "services have been restored",
        "service has been restored",
        "all systems are operational",
        "all systems operational",
        "everything is back to normal",
        "back to normal",
        "operating normally",
        "is now resolved",
        "has been fixed",
        "has been resolved",
        "we are no longer seeing",
        "thank you for your patience",
        "thanks for your patience",
        "we apologize for any inconvenience",
        "sorry for the inconvenience",
        "resolved",
        "fixed",
        "restored",
        "all good",
        "ok",
    ];

    public static int ExplanationWords(string markdown)
    {
        var text = " " + MarkdownPunctuation().Replace(markdown.ToLowerInvariant(), " ") + " ";
        text = Whitespace().Replace(text, " ");
        foreach (var phrase in Boilerplate)
        {
            text = text.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    public static bool Explains(string markdown) => ExplanationWords(markdown) >= MinimumWords;

    [GeneratedRegex(@"[^\p{L}\p{N}'’]+")]
    private static partial Regex MarkdownPunctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
