using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Cli.Tests.Workflow;

/// <summary>`update`, `resolve` and `new` keep their word: what they report is what `check` and `build` then see.</summary>
[TestClass]
public sealed class EditPromiseTests
{
    private const string Path = "content/incidents/2026-11-10-api-errors.md";
    private WorkflowSite site = null!;

    [TestInitialize]
    public void CreateSite() => site = new WorkflowSite();

    [TestCleanup]
    public void DeleteSite() => site.Dispose();

    [TestMethod]
    [DataRow("````\n```\n## 2026-11-10 09:00 Investigating\n```\n````")]
    [DataRow("<pre>\n## 2026-11-10 09:00 Investigating\n\nlog line\n</pre>")]
    public void PutsTheUpdateWhereItIsPublishedWhenTheSummaryShowsAHeadingInCode(string block)
    {
        site.Write(Path, WorkflowSite.OngoingIncident.Replace("We are sorry.\n", $"We are sorry. The alert read:\n\n{block}\n", StringComparison.Ordinal));

        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Monitoring", "-m", "Errors are down; watching.", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        var incident = Load();
        CollectionAssert.AreEqual(
            new[] { IncidentUpdateStatus.Monitoring, IncidentUpdateStatus.Identified, IncidentUpdateStatus.Investigating },
            incident.Updates.Select(u => u.Status).ToArray());
        Assert.AreEqual("<p>Errors are down; watching.</p>", incident.Updates[0].Body.Html);
    }

    [TestMethod]
    [DataRow("Log:\n```\nHTTP 500 from upstream")]
    [DataRow("Details follow.\n\n<!-- internal: ask Bob")]
    public void RefusesAMessageThatWouldHideTheEarlierUpdates(string message)
    {
        var before = site.Read(Path);

        var (exit, output, error) = site.Run("update", "api-errors", "--status", "Update", "-m", message, "--now", WorkflowSite.Now);

        Assert.AreEqual(1, exit, output + error);
        Assert.AreEqual(
            $"{Path}: not changed: the earlier update '## 2026-11-10 09:50 Identified' (line 14) would no longer be published; " +
            "something in the message (an unclosed code fence, '<pre>' or '<!--'?) swallows what follows it; close it\n",
            error.ReplaceLineEndings("\n"));
        Assert.AreEqual(before, site.Read(Path));
        Assert.AreEqual(string.Empty, output);
    }

    [TestMethod]
    public void JudgesATimelineWrittenNewestFirstByTime()
    {
        site.Write(Path, WorkflowSite.OngoingIncident.Replace(
            "  web: degraded_performance          # one status\n",
            "  web:\n    2026-11-10 09:40: partial_outage\n    2026-11-10 09:15: major_outage\n",
            StringComparison.Ordinal));

        var (exit, output, error) = site.Run("update", "api-errors", "--status", "Update", "-m", "Worse again.", "--component", "web=major_outage", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        StringAssert.Contains(output, "web: partial_outage -> major_outage from 2026-11-10 10:30", StringComparison.Ordinal);
        StringAssert.Contains(site.Read(Path), "  web:\n    2026-11-10 10:30: major_outage\n    2026-11-10 09:40: partial_outage\n", StringComparison.Ordinal);
        var web = Load().Components.Single(c => c.ComponentId == "web");
        Assert.AreEqual(ComponentStatus.MajorOutage, web.StatusAt(DateTimeOffset.Parse(WorkflowSite.Now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void EditsASymbolicLinkedIncidentThroughTheLinkAndKeepsItsMode()
    {
        var target = System.IO.Path.Combine(site.Root, "content", "incidents", "2026-11-10-api-errors.md");
        var shared = System.IO.Path.Combine(site.Root, "content", "shared", "api-errors.md"); // inside the content folder, which only links may point into
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(shared)!);
        File.Move(target, shared);
        File.CreateSymbolicLink(target, shared);
        File.SetUnixFileMode(shared, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (exit, _, error) = site.Run("update", "api-errors", "--status", "Update", "-m", "Still on it.", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        Assert.AreEqual(shared, new FileInfo(target).LinkTarget, "the link is still a link to the same file");
        StringAssert.Contains(File.ReadAllText(shared), "## 2026-11-10 10:30 Update\nStill on it.", StringComparison.Ordinal);
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(shared));
    }

    [TestMethod]
    [DataRow("resolved: \"\"")]
    [DataRow("resolved: ''")]
    [DataRow("resolved: ~")]
    [DataRow("resolved: null")]
    public void ResolvesAnIncidentWhoseResolvedKeyIsEmpty(string line)
    {
        site.Write(Path, WorkflowSite.OngoingIncident.Replace("impact: major\n", $"{line}\nimpact: major\n", StringComparison.Ordinal));
        Assert.AreEqual(0, site.Run("check", "--now", WorkflowSite.Now).Exit, "check reads the incident as ongoing");

        var (exit, _, error) = site.Run("resolve", "api-errors", "-m", "A bad deploy overloaded the database; we rolled it back.", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        StringAssert.Contains(site.Read(Path), "resolved: 2026-11-10 10:30\nimpact: major\n", StringComparison.Ordinal);
        Assert.AreEqual(new DateTimeOffset(2026, 11, 10, 9, 30, 0, TimeSpan.Zero), Load().Resolved);
    }

    [TestMethod]
    [DataRow("Outage\u2028in Berlin")]
    [DataRow("Outage\u0085in Berlin")]
    [DataRow("Outage\u2029in Berlin")]
    [DataRow("Outage\u0007 in Berlin")]
    public void RefusesATitleThatIsNotOneLineOfText(string title)
    {
        var (exit, output, error) = site.Run("new", "incident", "--title", title, "--component", "api=major_outage", "--now", WorkflowSite.Now);

        Assert.AreEqual(2, exit, output + error);
        Assert.AreEqual("statusgen: --title must be one line of text without control characters or line separators, e.g. --title \"Elevated error rates on the API\".\n", error.ReplaceLineEndings("\n"));
        Assert.HasCount(1, Directory.GetFiles(System.IO.Path.Combine(site.Root, "content", "incidents")));
    }

    [TestMethod]
    public void ANewIncidentWithAnUnusualTitleChecksCleanAndKeepsTheTitle()
    {
        const string title = "API: \"50%\" errors # not a comment \\ 'quoted' — ünïcödé 🚒";

        var (exit, output, error) = site.Run("new", "incident", "--title", title, "--component", "api=major_outage", "--now", WorkflowSite.Now);

        Assert.AreEqual(0, exit, error);
        Assert.AreEqual(0, site.Run("check", "--now", WorkflowSite.Now).Exit);
        var check = SiteBuilder.Check(System.IO.Path.Combine(site.Root, "content"), DateTimeOffset.Parse(WorkflowSite.Now, System.Globalization.CultureInfo.InvariantCulture), site.Root);
        Assert.AreEqual(title, check.Content!.Incidents.Single(i => i.Source.DisplayPath == output.Trim()).Title);
    }

    private Incident Load()
    {
        var check = SiteBuilder.Check(System.IO.Path.Combine(site.Root, "content"), DateTimeOffset.Parse(WorkflowSite.Now, System.Globalization.CultureInfo.InvariantCulture), site.Root);
        Assert.IsFalse(check.HasErrors, string.Join("\n", check.Diagnostics));
        return check.Content!.Incidents.Single(i => i.Slug == "2026-11-10-api-errors");
    }
}
