using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>
/// Arbitrary text in every field of a small site (site.yml's texts and dates, an incident's front matter, summary
/// and update), held to the invariant of <see cref="CheckThenBuild"/>.
/// </summary>
[TestClass]
public sealed class ArbitraryTextPropertyTests
{
    private static readonly string[] Fields = ["siteTitle", "description", "componentName", "group", "footer", "title", "summary", "update", "since", "started", "change"];

    /// <summary>Characters that stress some output format, mixed with ordinary text and YAML/Markdown syntax.</summary>
    private static readonly Gen<char> Hostile = Gen.Elements(
        '\u0000', '\u0001', '\u0007', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u009F', '\u00A0', '\u2028', '\u2029',
        '\uFEFF', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\uFDD0', '\t', '\r', '\n', '"', '\'', ':', '#', '&', '<', '>', '*',
        '[', ']', '{', '}', '|', '-', '`', '\\', '%', '@', '!', 'é', 'ß', '中', ' ');

    /// <summary>Mostly ordinary text, so that many inputs pass check and exercise every generator of build.</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.Elements("API", "Datenbank", "Ünïcödé – “quoted” 中文 🚀", "a b c", "Fixed: see [the log](https://example.com/log).", "`code` and **bold**", "null", "~", "true", "2026-11-10")),
        (1, Gen.Elements("", "  ")),
        (2, Gen.ArrayOf(Gen.Frequency((3, Gen.Choose('a', 'z').Select(c => (char)c)), (2, Hostile), (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)))).Select(cs => new string(cs))),
        (1, Gen.Choose(1, 20_000).Select(n => new string('w', n))),
        (1, Gen.Elements([.. Pathological.Snippets])));

    private static readonly Gen<string> Date = Gen.Frequency(
        (8, Gen.Constant("2026-11-10")),
        (3, Gen.Elements(
        "0001-01-01", "1899-12-31", "1900-01-01", "1970-01-01", "2026-11-10", "2026-11-30", "8999-12-31", "9000-01-01", "9999-12-31", "2026-02-30", "20261110")));

    private static readonly Gen<string> Time = Gen.Frequency((4, Gen.Constant("09:15")), (1, Gen.Elements("00:00", "23:59", "24:00", "9:5", "09:15:60")));

    /// <summary>A value per field, plus whether to corrupt the incident file's bytes (invalid UTF-8).</summary>
    private static Gen<(Dictionary<string, string> Values, int? BadByte)> Inputs() =>
        from values in Gen.ArrayOf(Text, Fields.Length)
        from since in Date
        from day in Date
        from time in Time
        from badByte in Gen.Frequency((5, Gen.Constant((int?)null)), (1, Gen.Choose(0, 400).Select(i => (int?)i)))
        select (Fill(values, since, $"{day} {time}"), badByte);

    private static Dictionary<string, string> Fill(string[] values, string since, string timestamp)
    {
        var fields = Fields.Zip(values).ToDictionary(p => p.First, p => p.Second);
        fields["since"] = since;
        fields["started"] = timestamp;
        fields["change"] = timestamp;
        return fields;
    }

    [TestMethod]
    public void ArbitraryTextInEveryFieldNeverCrashesAndCheckAgreesWithBuild() =>
        Prop.ForAll(Inputs().ToArbitrary(), input =>
        {
            using var harness = Site(input.Values, input.BadByte);
            var violation = Bounded.Run(TimeSpan.FromSeconds(60), () => CheckThenBuild.Violation(harness));
            Assert.IsNull(violation, string.Join("\n", input.Values.Select(v => $"{v.Key}: {Escape(v.Value)}")) + $"\nbad byte: {input.BadByte}\n{violation}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60).WithQuietOnSuccess(true));

    private static CliHarness Site(Dictionary<string, string> v, int? badByte)
    {
        var harness = new CliHarness();
        // Encoding.UTF8 turns a lone surrogate into U+FFFD: a file cannot hold one (invalid bytes are the badByte case).
        harness.WriteBytes("content/site.yml", Encoding.UTF8.GetBytes($"""
            title: {Quote(v["siteTitle"])}
            description: {Quote(v["description"])}
            baseUrl: https://status.example.com/
            language: en
            timezone: Europe/Berlin
            theme:
              footer: {Quote(v["footer"])}
            components:
              - id: api
                name: {Quote(v["componentName"])}
                group: {Quote(v["group"])}
                since: {v["since"]}
            """));
        var incident = Encoding.UTF8.GetBytes($"""
            ---
            title: {Quote(v["title"])}
            started: {v["started"]}
            components:
              api:
                {v["change"]}: major_outage
            ---
            {v["summary"]}

            ## {v["started"]} Investigating
            {v["update"]}
            """);
        if (badByte is { } at)
        {
            incident[at % incident.Length] = 0xC0;
        }

        harness.WriteBytes("content/incidents/2026-11-10-generated.md", incident);
        return harness;
    }

    /// <summary>YAML single quotes: every character is literal except the quote itself, doubled.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Escape(string text) =>
        string.Concat(text.Take(200).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
