using System.Diagnostics;

namespace StatusGen.Tests.Loading;

/// <summary>Only regular files inside the content folder are read: no read blocks on a FIFO, no link publishes a secret.</summary>
[TestClass]
public sealed class FileSafetyTests
{
    private const string Valid = "---\ntitle: API errors\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\n## 2026-11-10 09:20 Investigating\nLooking into it.\n";

    private static string[] Lines(ContentFixture fixture)
    {
        var task = Task.Run(() => fixture.Lines());
        Assert.IsTrue(task.Wait(TimeSpan.FromSeconds(10)), "the check blocked");
        return task.Result;
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.AreEqual(0, mkfifo.ExitCode);
    }

    [TestMethod]
    public void ReportsAFifoNamedLikeAnIncidentWithoutBlocking()
    {
        using var fixture = new ContentFixture();
        MakeFifo(Path.Combine(fixture.Content, "incidents", "2026-11-10-pipe.md"));

        Assert.AreEqual("content/incidents/2026-11-10-pipe.md:1:1: error SG0023: the file is a named pipe (FIFO), not a regular file, and is not read (replace it with a regular file)", Lines(fixture).Single());
    }

    [TestMethod]
    public void ReportsAFifoAsSiteYmlWithoutBlocking()
    {
        using var fixture = new ContentFixture(siteYml: null);
        MakeFifo(Path.Combine(fixture.Content, "site.yml"));

        Assert.AreEqual("content/site.yml:1:1: error SG0023: the file is a named pipe (FIFO), not a regular file, and is not read (replace it with a regular file)", Lines(fixture).Single());
    }

    [TestMethod]
    public void ReportsAFifoAsExtraCssWithoutBlocking()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml + "\ntheme:\n  extraCss: extra.css\n");
        MakeFifo(Path.Combine(fixture.Content, "extra.css"));

        Assert.AreEqual("content/site.yml:14:13: error SG0023: 'extraCss' names 'extra.css': the file is a named pipe (FIFO), not a regular file, and is not read (replace it with a regular file)", Lines(fixture).Single());
    }

    [TestMethod]
    public void ReportsAnExtraCssSymlinkToProcSelfEnvironInsteadOfPublishingIt()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml + "\ntheme:\n  extraCss: extra.css\n  logo: logo.svg\n");
        File.CreateSymbolicLink(Path.Combine(fixture.Content, "extra.css"), "/proc/self/environ");
        File.CreateSymbolicLink(Path.Combine(fixture.Content, "logo.svg"), "/etc/passwd");

        CollectionAssert.AreEqual(
            new[]
            {
                "content/site.yml:14:13: error SG0024: 'extraCss' names 'extra.css': the file is a symbolic link to a file outside the content folder, which is never published (copy the file into the content folder instead of linking to it)",
                "content/site.yml:15:9: error SG0024: 'logo' names 'logo.svg': the file is a symbolic link to a file outside the content folder, which is never published (copy the file into the content folder instead of linking to it)",
            },
            Lines(fixture));
    }

    [TestMethod]
    public void ReportsAnIncidentThatLinksOutOfTheContentFolder()
    {
        using var fixture = new ContentFixture();
        File.WriteAllText(Path.Combine(fixture.Root, "outside.md"), Valid);
        Directory.CreateDirectory(Path.Combine(fixture.Content, "incidents"));
        File.CreateSymbolicLink(Path.Combine(fixture.Content, "incidents", "2026-11-10-out.md"), Path.Combine(fixture.Root, "outside.md"));

        Assert.AreEqual("content/incidents/2026-11-10-out.md:1:1: error SG0024: the file is a symbolic link to a file outside the content folder, which is never published (copy the file into the content folder instead of linking to it)", Lines(fixture).Single());
    }

    [TestMethod]
    public void FollowsASymlinkThatStaysInsideTheContentFolder()
    {
        using var fixture = new ContentFixture().With("drafts/api.md", Valid);
        Directory.CreateDirectory(Path.Combine(fixture.Content, "incidents"));
        File.CreateSymbolicLink(Path.Combine(fixture.Content, "incidents", "2026-11-10-api.md"), "../drafts/api.md");

        Assert.IsEmpty(Lines(fixture).Where(l => l.Contains(" error ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ReportsEveryIncidentOfAnIncidentsFolderThatLinksOutOfTheContentFolder()
    {
        using var fixture = new ContentFixture();
        Directory.CreateDirectory(Path.Combine(fixture.Root, "elsewhere"));
        File.WriteAllText(Path.Combine(fixture.Root, "elsewhere", "2026-11-10-api.md"), Valid);
        File.WriteAllText(Path.Combine(fixture.Root, "elsewhere", "2026-11-11-db.md"), Valid);
        Directory.CreateSymbolicLink(Path.Combine(fixture.Content, "incidents"), Path.Combine(fixture.Root, "elsewhere"));

        CollectionAssert.AreEqual(
            new[] { "2026-11-10-api.md", "2026-11-11-db.md" }.Select(name => $"content/incidents/{name}:1:1: error SG0024: the file is a symbolic link to a file outside the content folder, which is never published (copy the file into the content folder instead of linking to it)").ToList(),
            Lines(fixture).Where(l => l.Contains(" error ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList());
    }

    [TestMethod]
    public void ReadsAnIncidentsFolderThatLinksToAFolderInsideTheContentFolder()
    {
        using var fixture = new ContentFixture().With("archive/2026-11-10-api.md", Valid);
        Directory.CreateSymbolicLink(Path.Combine(fixture.Content, "incidents"), "archive");

        Assert.IsEmpty(Lines(fixture).Where(l => l.Contains(" error ", StringComparison.Ordinal)));
    }
}
