using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StatusGen.Localization;
using StatusGen.Model;
using StatusGen.Notify;
using StatusGen.Notify.Channels;
using StatusGen.Tests.Loading;

namespace StatusGen.Tests.Notify;

/// <summary>
/// Every kind of notify message rendered in every language, as email (subject, plain text and HTML parts) and as a
/// Slack post: no English may be left in a non-English message. Like the page test (EveryLanguageTests), a piece of
/// text the English rendering of the same event shows identically is English left behind unless each of its words
/// is the site's own content or a word of that language's own file.
/// </summary>
[TestClass]
public sealed partial class EveryLanguageNotifyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>An incident through to its postmortem, one resolved without a Resolved update (the default text), and a
    /// maintenance window with an announcement and an update whose start and end come from the clock (default texts).</summary>
    private static readonly (string Path, string Text)[] Files =
    [
        ("incidents/2026-11-20-api-errors.md", """
            ---
            title: API errors
            started: 2026-11-20 09:15
            resolved: 2026-11-20 10:30
            impact: major
            components:
              api:
                2026-11-20 09:15: major_outage
                2026-11-20 09:50: partial_outage
              web: degraded_performance
            ---
            ## 2026-11-21 09:00 Postmortem
            A configuration push made the API reject signed requests.

            ## 2026-11-20 10:30 Resolved
            Errors stopped after the rollback.

            ## 2026-11-20 10:00 Monitoring
            The rollback is done.

            ## 2026-11-20 09:50 Identified
            A configuration push is the cause.

            ## 2026-11-20 09:20 Investigating
            We are looking into **errors** on the API.
            """),
        ("incidents/2026-11-22-slow-tracking.md", """
            ---
            title: Slow tracking
            started: 2026-11-22 08:00
            resolved: 2026-11-22 09:00
            impact: minor
            components:
              tracking: degraded_performance
            ---
            ## 2026-11-22 08:05 Investigating
            Tracking pages load slowly.
            """),
        ("maintenance/2026-11-21-database-upgrade.md", """
            ---
            title: Database upgrade
            scheduled: 2026-11-21 22:00
            until: 2026-11-21 23:30
            components: [api, tracking]
            ---
            We upgrade the database.

            ## 2026-11-20 11:00 Update
            The window moves by an hour.

            ## 2026-11-19 10:00 Scheduled
            The API is read-only during the window.
            """),
    ];

    private static readonly Lazy<(SiteContent Content, IReadOnlyList<NotifyEvent> Events)> Demo = new(Load);

    private static readonly Lazy<IReadOnlyList<Dictionary<string, HashSet<string>>>> English = new(() => Render("en"));

    public static IEnumerable<object[]> OtherLanguages => LanguageFiles.Languages.Where(l => l != "en").Select(l => new object[] { l });

    [TestMethod]
    public void TheFixtureHasEveryKindOfEvent() =>
        CollectionAssert.AreEquivalent(Enum.GetValues<NotifyEventKind>(), Demo.Value.Events.Select(e => e.Kind).Distinct().ToArray());

    [TestMethod]
    [DynamicData(nameof(OtherLanguages))]
    public void EveryMessageHasNoEnglishLeftIn(string language)
    {
        var own = Words(OwnValues(language)).Concat(Words(ContentText(Demo.Value.Content))).ToHashSet(StringComparer.Ordinal);
        var rendered = Render(language);
        var leftovers = new List<string>();
        foreach (var (e, index) in Demo.Value.Events.Select((e, i) => (e, i)))
        {
            foreach (var (part, pieces) in rendered[index])
            {
                foreach (var piece in pieces.Where(English.Value[index][part].Contains).Where(p => !Address().IsMatch(p)))
                {
                    var foreign = Words([piece]).Where(w => !own.Contains(w)).ToList();
                    if (foreign.Count > 0)
                    {
                        leftovers.Add($"{e.Kind} {part}: '{piece}' ({string.Join(", ", foreign)})");
                    }
                }
            }
        }

        Assert.IsEmpty(leftovers, $"English left in the '{language}' messages:\n" + string.Join("\n", leftovers.Distinct().Take(40)));
        Assert.IsTrue(rendered.All(r => r["html"].Count > 0 && r["slack"].Count > 0), "every message has an HTML part and a Slack post");
    }

    [TestMethod]
    [DynamicData(nameof(OtherLanguages))]
    public void EveryMessageNamesItsKindInTheLanguagesOwnWords(string language)
    {
        var file = LanguageFiles.Read(language);
        var site = Demo.Value.Content.Site with { Language = language };
        foreach (var e in Demo.Value.Events)
        {
            var email = EmailSender.Build(Delivery(site, e));
            StringAssert.StartsWith(email.Subject, $"[Example Status] {file["notify" + e.Kind]}: ", language);
            StringAssert.Contains(email.HtmlBody, $"<html lang=\"{language}\">", language);
            Assert.AreNotEqual(LanguageFiles.Read("en")["notify" + e.Kind], file["notify" + e.Kind], $"{language}: notify{e.Kind}");
        }
    }

    /// <summary>Per event (in the fixture's order), per part, the pieces of text a reader sees.</summary>
    private static List<Dictionary<string, HashSet<string>>> Render(string language)
    {
        var site = Demo.Value.Content.Site with { Language = language };
        return [.. Demo.Value.Events.Select(e =>
        {
            var email = EmailSender.Build(Delivery(site, e));
            using var slack = new MemoryStream();
            using (var json = new Utf8JsonWriter(slack))
            {
                SlackSender.Write(json, Delivery(site, e).Message);
            }

            return new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
            {
                ["subject"] = Pieces([email.Subject ?? ""]),
                ["text"] = Pieces([email.TextBody ?? ""]),
                ["html"] = Pieces(new HtmlParser().ParseDocument(email.HtmlBody ?? "").All.SelectMany(n => n.ChildNodes)
                    .Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)),
                ["slack"] = Pieces(Strings(JsonDocument.Parse(slack.ToArray()).RootElement)),
            };
        })];
    }

    private static Delivery Delivery(SiteConfig site, NotifyEvent e)
    {
        var channel = site.Notify.Channels.Single(c => c.Type == ChannelType.Email);
        var values = new Dictionary<string, string> { ["from"] = "Example Status <status@example.com>", ["to.0"] = "subscribers@example.com" };
        var context = new DeliveryContext(Now, null!, _ => [], TimeSpan.FromSeconds(1));
        return new Delivery(channel, values, e, MessageRenderer.For(site).Render(e), context);
    }

    /// <summary>Lines, and the parts of a line that " · " and ": " join, so one English word cannot hide in a longer line.</summary>
    private static HashSet<string> Pieces(IEnumerable<string> texts) =>
        texts.SelectMany(t => Separator().Split(t)).Select(t => Space().Replace(t, " ").Trim(' ', '*', '_', '-', '<', '>', '|')).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "type").SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>
    /// A language's own words: every value that differs from English, and the shared keys it keeps on purpose (French
    /// "Impact"; the page test polices those). A notify key kept in English is not the language's own.
    /// </summary>
    private static IEnumerable<string> OwnValues(string language)
    {
        var english = LanguageFiles.Read("en");
        return LanguageFiles.Read(language).Where(p => p.Value != english[p.Key] || !p.Key.StartsWith("notify", StringComparison.Ordinal)).Select(p => p.Value);
    }

    /// <summary>What the site's authors wrote: it stays in their language whatever the site's.</summary>
    private static IEnumerable<string> ContentText(SiteContent content) =>
        [content.Site.Title, .. content.Site.Components.Select(c => c.Name),
            .. content.Incidents.SelectMany(i => i.Updates.Select(u => u.Body.Markdown).Append(i.Title).Append(i.Summary.Markdown)),
            .. content.Maintenances.SelectMany(m => m.Updates.Select(u => u.Body.Markdown).Append(m.Title).Append(m.Summary.Markdown))];

    private static (SiteContent, IReadOnlyList<NotifyEvent>) Load()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml + """

            notify:
              channels:
                - id: mail
                  type: email
                  smtp: { host: 127.0.0.1, port: 25, security: none }
                  from: "Example Status <status@example.com>"
                  to: [subscribers@example.com]
                - id: chat
                  type: slack
                  url: http://127.0.0.1:9/hook
            """);
        foreach (var (path, text) in Files)
        {
            fixture.With(path, text);
        }

        var check = fixture.Check(Now);
        Assert.IsFalse(check.HasErrors, string.Join("\n", check.Diagnostics));
        return (check.Content!, EventFinder.Find(check.Content!, Now));
    }

    private static IEnumerable<string> Words(IEnumerable<string> texts) => texts.SelectMany(t => Word().Matches(t).Select(m => m.Value));

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    /// <summary>URLs and host names: addresses, not words.</summary>
    [GeneratedRegex(@"^(\w+://\S*|[\w-]+(\.[\w-]+)+/?)$")]
    private static partial Regex Address();

    [GeneratedRegex(@"\n| · |: |\|")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
