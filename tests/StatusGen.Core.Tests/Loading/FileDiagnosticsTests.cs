using System.Text;

namespace StatusGen.Tests.Loading;

/// <summary>Problems with a file as a whole, before its front matter is read.</summary>
[TestClass]
public sealed class FileDiagnosticsTests
{
    private const string Valid = "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n## 2026-11-10 09:20 Investigating\nLooking into it.\n";

    private static void AssertLines(ContentFixture fixture, params string[] expected) =>
        Assert.AreEqual(string.Join("\n", expected), string.Join("\n", fixture.Lines()));

    [TestMethod]
    public void ReportsAnEmptyFile()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-empty.md", " \n");
        AssertLines(fixture, "content/incidents/2026-11-10-empty.md:1:1: error SG0001: the file is empty (write its content, or delete the file)");
    }

    [TestMethod]
    public void ReportsABinaryFile()
    {
        using var fixture = new ContentFixture().WithBytes("incidents/2026-11-10-image.md", [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]);
        AssertLines(fixture, "content/incidents/2026-11-10-image.md:1:1: error SG0002: the file contains a NUL byte (at byte 4) and looks binary (content files must be UTF-8 text; remove the file or restore its text)");
    }

    [TestMethod]
    public void ReportsTheLineAndColumnOfTheFirstByteThatIsNotUtf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("\uFEFF---\r\ntitle: \u00e4 St"), 0xF6, .. "rung\r\n"u8];
        using var fixture = new ContentFixture().WithBytes("incidents/2026-11-10-latin1.md", bytes);
        AssertLines(fixture, "content/incidents/2026-11-10-latin1.md:2:12: error SG0003: byte 0xF6 is not valid UTF-8 (save the file as UTF-8 in your editor)");
    }

    [TestMethod]
    public void ReportsAUtf16File()
    {
        using var fixture = new ContentFixture().WithBytes("incidents/2026-11-10-utf16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Valid)]);
        AssertLines(fixture, "content/incidents/2026-11-10-utf16.md:1:1: error SG0003: the file is UTF-16, not UTF-8 (save it as UTF-8 in your editor)");
    }

    [TestMethod]
    public void ReportsAYamlSyntaxErrorAtFileLineAndColumn()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-yaml.md", "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: \"major_outage\n---\n");
        AssertLines(fixture, "content/incidents/2026-11-10-yaml.md:5:8: error SG0004: while scanning a quoted scalar, found unexpected end of stream (fix the YAML here; quote values that contain ': ' or start with a special character)");
    }

    [TestMethod]
    public void ReportsAColonInsideAnUnquotedValue()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-colon.md", "---\ntitle: API: errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n");
        AssertLines(fixture, "content/incidents/2026-11-10-colon.md:2:11: error SG0004: while scanning a plain scalar value, found invalid mapping (fix the YAML here; quote values that contain ': ' or start with a special character)");
    }

    [TestMethod]
    public void ReportsAFileWithoutFrontMatter()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-none.md", "# API errors\n\nSomething broke.\n");
        AssertLines(fixture, "content/incidents/2026-11-10-none.md:1:1: error SG0005: the file does not start with front matter (make the first line '---', then the keys (title, started, ...), then a line '---')");
    }

    [TestMethod]
    public void ReportsFrontMatterThatIsNeverClosed()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-open.md", "---\ntitle: API errors\n\n## 2026-11-10 09:20 Investigating\n");
        AssertLines(fixture, "content/incidents/2026-11-10-open.md:1:1: error SG0006: the front matter opened here is never closed (add a line '---' after the last front matter key)");
    }

    [TestMethod]
    public void ReportsAFileNameThatDoesNotFollowTheRuleAndSuggestsOne()
    {
        using var fixture = new ContentFixture().With("incidents/API Errors.md", Valid);
        AssertLines(fixture, "content/incidents/API Errors.md:1:1: error SG0007: file name 'API Errors.md' does not follow YYYY-MM-DD-slug.md (rename it to something like 'YYYY-MM-DD-api-errors.md': the start date, then lower-case words joined by '-')");
    }

    [TestMethod]
    public void ReportsAnUnknownKeyWithASuggestionAndTheMissingKeyAtTheFrontMatterStart()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-typo.md", Valid.Replace("title:", "titel:", StringComparison.Ordinal));
        AssertLines(
            fixture,
            "content/incidents/2026-11-10-typo.md:1:1: error SG0009: the front matter has no 'title' (add a line 'title: Elevated error rates on the API')",
            "content/incidents/2026-11-10-typo.md:2:1: error SG0008: unknown key 'titel' in the front matter (did you mean 'title'?)");
    }

    [TestMethod]
    public void ReportsAValueOfTheWrongShape()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-shape.md", Valid.Replace("title: API errors", "title:\n  - API\n  - errors", StringComparison.Ordinal));
        AssertLines(
            fixture,
            "content/incidents/2026-11-10-shape.md:3:3: error SG0010: 'title' must be a single value, not a list (write it on one line after the colon)");
    }

    [TestMethod]
    public void ReportsADuplicateKeyAtItsSecondOccurrence()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-twice.md", Valid.Replace("started:", "title: Again\nstarted:", StringComparison.Ordinal));
        AssertLines(fixture, "content/incidents/2026-11-10-twice.md:3:1: error SG0011: the key 'title' appears twice (keep one of them)");
    }

    [TestMethod]
    public void ReportsAMissingSiteFile()
    {
        using var fixture = new ContentFixture(siteYml: null);
        AssertLines(fixture, "content/site.yml:1:1: error SG0012: site.yml not found (run 'statusgen init' to create one, or pass the right folder with --content)");
    }

    [TestMethod]
    public void WarnsAboutAFileThatIsNotMarkdownAndIgnoresHiddenFiles()
    {
        using var fixture = new ContentFixture().With("incidents/notes.txt", "todo").With("incidents/.DS_Store", "x");
        AssertLines(fixture, "content/incidents/notes.txt:1:1: warning SG0014: 'notes.txt' is not a .md file and is ignored (move it out of incidents/, or rename it to YYYY-MM-DD-slug.md if it is content)");
    }

    [TestMethod]
    public void ReportsAFileThatCannotBeRead()
    {
        using var fixture = new ContentFixture().With("incidents/2026-11-10-ok.md", Valid);
        File.CreateSymbolicLink(Path.Combine(fixture.Content, "incidents", "2026-11-11-gone.md"), Path.Combine(fixture.Root, "missing.md"));

        var line = fixture.Lines().Single();

        Assert.StartsWith("content/incidents/2026-11-11-gone.md:1:1: error SG0013: cannot read the file: ", line);
        Assert.EndsWith(" (check that it exists and is readable)", line);
    }

    [TestMethod]
    public void KeepsCheckingIncidentsWhenSiteYmlHasErrors()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml.Replace("Europe/Berlin", "Mars/Olympus", StringComparison.Ordinal))
            .With("incidents/2026-11-10-api.md", Valid.Replace("api: major_outage", "ap: major_outage", StringComparison.Ordinal));

        var result = fixture.Check();

        Assert.IsNull(result.Content);
        Assert.AreEqual(
            "content/incidents/2026-11-10-api.md:5:3: error SG0201: unknown component 'ap' (did you mean 'api'?)\n"
            + "content/site.yml:4:11: error SG0103: unknown time zone 'Mars/Olympus' (use an IANA name such as 'Europe/Berlin', 'America/New_York' or 'UTC')",
            string.Join("\n", result.Diagnostics));
    }
}
