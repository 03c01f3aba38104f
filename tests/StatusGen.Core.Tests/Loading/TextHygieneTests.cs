namespace StatusGen.Tests.Loading;

/// <summary>Characters no output format can carry are errors at their exact position, in every file and field.</summary>
[TestClass]
public sealed class TextHygieneTests
{
    private const string Incident = "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n## 2026-11-10 09:20 Investigating\nLooking into it.\n";

    private const string Fix = "(delete it or replace it with a space; invisible characters usually come from pasted terminal output or documents)";

    [TestMethod]
    public void ReportsAControlCharacterInTheSiteTitleAtItsLineAndColumn()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml.Replace("Example Status", "Example\u0001 Status", StringComparison.Ordinal));

        Assert.AreEqual($"content/site.yml:1:15: error SG0015: the character U+0001 (a control character) cannot be published {Fix}", fixture.Lines().Single());
    }

    [TestMethod]
    [DataRow("\u000B", "U+000B (a control character)")]
    [DataRow("\u001B", "U+001B (a control character)")]
    [DataRow("\u0007", "U+0007 (a control character)")]
    [DataRow("\u007F", "U+007F (a control character)")]
    [DataRow("\u0085", "U+0085 (a C1 control character)")]
    [DataRow("\u2028", "U+2028 (a Unicode line or paragraph separator)")]
    [DataRow("\u2029", "U+2029 (a Unicode line or paragraph separator)")]
    [DataRow("\uFFFE", "U+FFFE (a Unicode noncharacter)")]
    [DataRow("\uFFFF", "U+FFFF (a Unicode noncharacter)")]
    [DataRow("\uFDD0", "U+FDD0 (a Unicode noncharacter)")]
    [DataRow("\uD83F\uDFFE", "U+1FFFE (a Unicode noncharacter)")]
    public void ReportsEachUnpublishableCharacterInTitleAndUpdateAtItsPosition(string character, string described)
    {
        var text = Incident.Replace("API errors", "API" + character + " errors", StringComparison.Ordinal).Replace("Looking into", "Looking" + character + " into", StringComparison.Ordinal);
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", text);

        CollectionAssert.AreEqual(
            new[]
            {
                $"content/incidents/2026-11-10-api.md:2:11: error SG0015: the character {described} cannot be published {Fix}",
                $"content/incidents/2026-11-10-api.md:8:8: error SG0015: the character {described} cannot be published {Fix}",
            },
            fixture.Lines());
    }

    [TestMethod]
    public void ReportsControlCharactersInMaintenanceFiles()
    {
        var text = "---\ntitle: DB\u001B[31m upgrade\nscheduled: 2026-11-25 22:00\nuntil: 2026-11-26 01:00\ncomponents: [api]\n---\nBrief.\n";
        using var fixture = new ContentFixture().With("maintenance/2026-11-25-db.md", text);

        Assert.AreEqual($"content/maintenance/2026-11-25-db.md:2:10: error SG0015: the character U+001B (a control character) cannot be published {Fix}", fixture.Lines().Single());
    }

    [TestMethod]
    public void AcceptsTabsAndOrdinaryUnicode()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-api.md", Incident.Replace("Looking into it.", "Looking\tinto it: Größe, 中文, emoji \U0001F680, no\u00A0break.", StringComparison.Ordinal));

        Assert.IsEmpty(fixture.Lines().Where(l => l.Contains(" error ", StringComparison.Ordinal)));
    }
}
