using System.Globalization;
using StatusGen.Cli.Serving;

namespace StatusGen.Cli.Tests.Workflow;

/// <summary>
/// A preview rebuild reads only the files the file watcher named; anything it cannot account for (lost events, a
/// folder, a file outside incidents/ and maintenance/) reads every file, and the safety net finds an edit the watcher
/// missed.
/// </summary>
[TestClass]
public sealed class ServeWatcherTrustTests
{
    private const string Second = "content/incidents/2026-11-01-search-slow.md";
    private const string SecondPage = "incidents/2026-11-01-search-slow/index.html";
    private WorkflowSite site = null!;
    private PreviewBuilder builder = null!;
    private PreviewBuild build = null!;

    [TestInitialize]
    public void BuildOnce()
    {
        site = new WorkflowSite();
        site.Write(Second, SecondIncident("Slow searches."));
        builder = new PreviewBuilder(Path.Combine(site.Root, "content"), site.Root, () => DateTimeOffset.Parse(WorkflowSite.Now, CultureInfo.InvariantCulture));
        build = builder.Build(PreviewBuild.None);
        Assert.IsFalse(build.Failed, string.Join("\n", build.Diagnostics));
    }

    [TestCleanup]
    public void DeleteSite() => site.Dispose();

    [TestMethod]
    public void AnEditReadsOnlyTheFileTheWatcherNamed()
    {
        site.Write(Second, SecondIncident("The index was rebuilt."));

        build = builder.Build(build, Named(Second));

        Assert.AreEqual((1, 1), builder.LastLoad);
        Assert.AreEqual(1, builder.LastUnread);
        StringAssert.Contains(Page(SecondPage), "The index was rebuilt.", StringComparison.Ordinal);
    }

    [TestMethod]
    public void DiagnosticsOfFilesLeftUnreadAreStillReported()
    {
        site.Write(Second, SecondIncident("Slow searches.").Replace("search: degraded_performance", "serch: degraded_performance", StringComparison.Ordinal));
        build = builder.Build(build, Named(Second));
        Assert.IsTrue(build.Failed);

        build = builder.Build(build, Named("content/incidents/2026-11-10-api-errors.md"));

        Assert.AreEqual(1, builder.LastUnread, "the broken file is left unread");
        Assert.IsTrue(build.Failed);
        Assert.IsTrue(build.Errors.Any(d => d.ToString().StartsWith("content/incidents/2026-11-01-search-slow.md:", StringComparison.Ordinal)), string.Join("\n", build.Diagnostics));
    }

    [TestMethod]
    [DataRow(true, "content/incidents/2026-11-10-api-errors.md")]
    [DataRow(false, "content/incidents")]
    [DataRow(false, "content/assets/logo.svg")]
    [DataRow(false, "content/incidents/drafts/2026-11-01-search-slow.md")]
    public void ReadsEveryFileWhenAnEventNamesSomethingButAContentFile(bool lost, string path)
    {
        build = builder.Build(build, new ContentChanges(new HashSet<string>([Path.Combine(site.Root, path)]), lost));

        Assert.AreEqual(0, builder.LastUnread);
        Assert.AreEqual((0, 2), builder.LastLoad);
    }

    [TestMethod]
    public void TheSafetyNetFindsAnEditTheWatcherMissed()
    {
        site.Write(Second, SecondIncident("The index was rebuilt."));
        build = builder.Build(build, Named("content/incidents/2026-11-10-api-errors.md"));
        Assert.DoesNotContain("The index was rebuilt.", Page(SecondPage), "trusting the watcher, the missed edit is not read");

        Assert.IsTrue(builder.MissedChanges());
        build = builder.Build(build, ContentChanges.Everything);

        StringAssert.Contains(Page(SecondPage), "The index was rebuilt.", StringComparison.Ordinal);
        Assert.IsFalse(builder.MissedChanges());
    }

    [TestMethod]
    public void TheSafetyNetFindsADeletionTheWatcherMissed()
    {
        File.Delete(Path.Combine(site.Root, Second));

        Assert.IsTrue(builder.MissedChanges());
    }

    private ContentChanges Named(string relativePath) =>
        new(new HashSet<string>([Path.Combine(site.Root, relativePath)], StringComparer.Ordinal), Lost: false);

    private string Page(string path) => System.Text.Encoding.UTF8.GetString(build.Site!.Find(path)!.Bytes);

    private static string SecondIncident(string text) => $"""
        ---
        title: Slow search
        started: 2026-11-01T09:00:00+01:00
        resolved: 2026-11-01T10:00:00+01:00
        impact: minor
        components:
          search: degraded_performance
        ---

        ## 2026-11-01 10:00 Resolved
        {text}
        """;
}
