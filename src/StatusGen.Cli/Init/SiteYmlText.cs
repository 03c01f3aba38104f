using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StatusGen.Cli.Commands;

namespace StatusGen.Cli.Init;

/// <summary>
/// The site.yml <c>statusgen init</c> writes: the required keys filled in, the optional ones as comments, so a team
/// new to StatusGen can read what it may set without the docs at hand. It checks clean as written.
/// </summary>
internal static partial class SiteYmlText
{
    public const string DocsUrl = "https://github.com/statusgen/statusgen/blob/main/docs";

    public static string For(NewSite site)
    {
        var since = site.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # Your status site. Every key is described in {DocsUrl}/content-format.md
            # Check a change with `statusgen check --content content`; preview with `statusgen serve --content content`.

            title: {Scalar(site.Title)}
            # description: Live status of our services.   # shown under the title and in search results
            baseUrl: {Scalar(site.BaseUrl)}   # where the site is served: feeds and canonical links use it
            language: {site.Language}   # the theme's language: {string.Join(", ", OutputGenerators.Languages)}
            timezone: {site.TimeZone}   # IANA name: times in incident files are local to it

            # What visitors see, in display order. Incidents name components by id:
            #   statusgen new incident --content content --title "..." --component {site.Components[0].Id}=major_outage
            components:

            """);
        foreach (var component in site.Components)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                  - id: {component.Id}
                    name: {Scalar(component.Name)}
                    # group: Platform   # components with the same group are shown together
                    # description: What it is, in one sentence.
                    since: {since}   # the first day with uptime data

                """);
        }

        text.Append("""

            # links:
            #   support: https://example.com/support
            #   contact: mailto:ops@example.com
            # theme:
            #   accentColor: "#0b5fff"   # quoted: '#' starts a YAML comment
            #   footer: Example GmbH
            # lint:   # the communication checks; `statusgen check --strict` fails on them
            #   updateCadenceMinutes: 60
            #   firstUpdateMinutes: 30
            #   postmortemDays: 5

            """);
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The text as a YAML scalar: plain when that reads back as the same string, else double-quoted.</summary>
    private static string Scalar(string text) =>
        Plain().IsMatch(text) && !Reserved.Contains(text) ? text : Scaffold.Quote(text);

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    // Letters first, then nothing YAML reads as syntax (no ': ', ' #', quotes, brackets, leading or trailing space).
    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} ._()/-]*(?<! )$|^https?://[A-Za-z0-9._~/%-]+$")]
    private static partial Regex Plain();
}
