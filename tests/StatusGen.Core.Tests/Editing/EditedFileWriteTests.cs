using StatusGen.Editing;
using StatusGen.Model;

namespace StatusGen.Tests.Editing;

/// <summary>How an edited file reaches the disk, and which files the editor reads like the loader.</summary>
[TestClass]
public sealed class EditedFileWriteTests
{
    private string root = "";

    [TestInitialize]
    public void CreateFolder() => root = Directory.CreateTempSubdirectory("statusgen-edit-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(root, recursive: true);

    [TestMethod]
    public void WritesThroughASymbolicLinkToItsTargetAndKeepsTheLink()
    {
        var target = Path.Combine(root, "shared", "incident.md");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "old");
        var link = Path.Combine(root, "incident.md");
        File.CreateSymbolicLink(link, target);

        IncidentFiles.WriteAtomically(link, "new");

        Assert.AreEqual(target, new FileInfo(link).LinkTarget);
        Assert.AreEqual("new", File.ReadAllText(target));
        CollectionAssert.AreEquivalent(new[] { "incident.md" }, Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName).ToArray(), "the temporary file went next to the target and is gone");
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void KeepsTheFilesMode()
    {
        var path = Path.Combine(root, "incident.md");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        IncidentFiles.WriteAtomically(path, "new");

        Assert.AreEqual("new", File.ReadAllText(path));
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [TestMethod]
    public void RefusesAFrontMatterClosedByDotsLikeTheLoader()
    {
        const string text = "---\ntitle: T\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n...\n\n## 2026-11-10 09:20 Investigating\nLooking.\n";

        var refused = Assert.ThrowsExactly<EditRefusedException>(() => IncidentFileEditor.Apply(
            text,
            new IncidentEdit { At = new DateTimeOffset(2026, 11, 10, 9, 30, 0, TimeSpan.Zero), Status = IncidentUpdateStatus.Update, Message = "x" },
            TimeZoneInfo.Utc));

        Assert.AreEqual("the front matter opened here is never closed (add a line '---' after the last front matter key)", refused.Message);
    }
}
