using System.Text.Json;
using StatusGen.Building;
using StatusGen.Feeds;
using StatusGen.Model;

namespace StatusGen.Tests.Feeds;

/// <summary>The feeds against real validators: the RFC 4287 RELAX NG schema (jing) and a real feed parser (python3-feedparser).</summary>
[TestClass]
public sealed class FeedValidationTests
{
    private const string Python = "/usr/bin/python3";
    private string folder = "";

    [TestInitialize]
    public void WriteFeeds()
    {
        folder = Directory.CreateTempSubdirectory("statusgen-feeds-").FullName;
        // German and English, an edited incident with markup and a CDATA end marker: the awkward cases in one site.
        foreach (var language in new[] { "en", "de" })
        {
            var snapshot = ChannelSites.Snapshot(ChannelSites.Content(ChannelSites.Site(language),
                    [ChannelSites.OngoingApiIncident(("2026-11-10T11:40:00+01:00", IncidentUpdateStatus.Update, "`a]]>b` & <b>bold</b> Störung")), ChannelSites.ResolvedCdnIncident()],
                    [ChannelSites.UpcomingDatabaseMaintenance()]),
                "2026-11-10T12:00:00+01:00");
            foreach (var file in new FeedGenerator().Generate(snapshot))
            {
                var target = Path.Combine(folder, language, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Bytes);
            }
        }
    }

    [TestCleanup]
    public void DeleteFeeds() => Directory.Delete(folder, recursive: true);

    [TestMethod]
    public void EveryAtomFeedIsValidAgainstTheRfc4287Schema()
    {
        var jing = ExternalTool.Find("jing");
        ExternalTool.Require(jing is not null, "jing (Debian package 'jing')");
        var atomFiles = Directory.GetFiles(folder, "*.atom", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.HasCount(2 * (2 + 4), atomFiles, "history.atom, updates.atom and 4 component feeds per language");

        var (exitCode, output) = ExternalTool.Run(jing!, ["-c", SchemaPath(), .. atomFiles]);

        Assert.AreEqual(0, exitCode, output);
        // Debian's jing wrapper warns about optional jars it cannot find; anything else would be a schema error.
        var problems = output.Split('\n').Where(l => l.Trim().Length > 0 && !l.StartsWith("[warning] ", StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    [TestMethod]
    public void JingRejectsAnAtomFeedWithoutAnId()
    {
        var jing = ExternalTool.Find("jing");
        ExternalTool.Require(jing is not null, "jing (Debian package 'jing')");
        var broken = Path.Combine(folder, "broken.atom");
        File.WriteAllText(broken, """<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><updated>2026-11-10T10:00:00Z</updated></feed>""");

        var (exitCode, _) = ExternalTool.Run(jing!, ["-c", SchemaPath(), broken]);

        Assert.AreNotEqual(0, exitCode, "the schema check must be able to fail");
    }

    [TestMethod]
    public void FeedparserReadsRssAndAtomFeedsWithoutErrors()
    {
        ExternalTool.Require(File.Exists(Python) && ExternalTool.Run(Python, ["-c", "import feedparser"]).ExitCode == 0,
            "python3-feedparser (Debian package, used through /usr/bin/python3)");
        const string script = """
            import feedparser, json, sys
            out = {}
            for path in sys.argv[1:]:
                d = feedparser.parse(path)
                out[path] = {"bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                             "ids": [e.id for e in d.entries], "updated": [e.get("updated", "") for e in d.entries],
                             "self": [l.href for l in d.feed.get("links", []) if l.get("rel") == "self"]}
            print(json.dumps(out))
            """;
        var feeds = new[] { "en/history.rss", "en/history.atom", "en/updates.atom", "de/history.rss", "de/history.atom", "en/components/api/history.atom" }
            .Select(f => Path.Combine(folder, f)).ToList();

        var (exitCode, output) = ExternalTool.Run(Python, ["-c", script, .. feeds]);

        Assert.AreEqual(0, exitCode, output);
        using var result = JsonDocument.Parse(output);
        foreach (var feed in feeds)
        {
            var parsed = result.RootElement.GetProperty(feed);
            Assert.AreEqual(0, parsed.GetProperty("bozo").GetInt32(), $"{feed}: {parsed.GetProperty("error").GetString()}");
            Assert.IsGreaterThan(0, parsed.GetProperty("ids").GetArrayLength(), feed);
        }

        var rss = result.RootElement.GetProperty(feeds[0]);
        Assert.AreEqual("rss20", rss.GetProperty("version").GetString());
        Assert.AreEqual("tag:status.example.com,2026-11-10:incidents/2026-11-10-api-errors", rss.GetProperty("ids")[0].GetString());
        Assert.AreEqual("https://status.example.com/history.rss", rss.GetProperty("self")[0].GetString());
        Assert.AreEqual("atom10", result.RootElement.GetProperty(feeds[1]).GetProperty("version").GetString());
    }

    /// <summary>A copy of the RFC 4287 RELAX NG schema (compact syntax) kept with the tests.</summary>
    private static string SchemaPath() => Path.Combine(ExternalTool.RepositoryRoot(), "tests", "StatusGen.Core.Tests", "Feeds", "Schemas", "atom.rnc");
}
