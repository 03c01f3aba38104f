using StatusGen.Building;
using StatusGen.Publishing;

namespace StatusGen.Tests.Publishing;

[TestClass]
public sealed class OutputWriterTests
{
    private string root = "";

    [TestInitialize]
    public void CreateFolder() => root = Directory.CreateTempSubdirectory("statusgen-publish-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(root, recursive: true);

    [TestMethod]
    public void ReplacesTheWholeOutputFolderWithTheNewFiles()
    {
        var output = Path.Combine(root, "public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        OutputWriter.Publish([OutputFile.Text("incidents/a/index.html", "new", MediaTypes.Html)], output);

        Assert.IsFalse(File.Exists(Path.Combine(output, "stale.html")));
        Assert.AreEqual("new", File.ReadAllText(Path.Combine(output, "incidents", "a", "index.html")));
        CollectionAssert.AreEquivalent(
            new[] { "public", ".public.previous" },
            Directory.GetDirectories(root).Select(Path.GetFileName).ToArray(),
            "no staging folder is left behind; the replaced output is kept once, to be reused");
    }

    [TestMethod]
    public void ReusesThePreviousOutputWithoutLeavingItsOtherFilesInTheNewSite()
    {
        var output = Path.Combine(root, "public");
        OutputWriter.Publish([Html("incidents/a/index.html", "1"), Html("gone/index.html", "1")], output);
        OutputWriter.Publish([Html("incidents/b/index.html", "2")], output);

        // Reuses the first site's tree: 'gone' was a folder and must become a file, incidents/b never existed there.
        OutputWriter.Publish([Html("incidents/a/index.html", "3"), Html("gone", "3")], output);
        CollectionAssert.AreEqual(new[] { "gone", "incidents", "incidents/a", "incidents/a/index.html" }, Tree(output));
        Assert.AreEqual("3", File.ReadAllText(Path.Combine(output, "gone")));

        // Reuses the second site's tree: incidents/b must go, 'gone' becomes a folder again.
        OutputWriter.Publish([Html("incidents/a/index.html", "4"), Html("gone/index.html", "4")], output);
        CollectionAssert.AreEqual(new[] { "gone", "gone/index.html", "incidents", "incidents/a", "incidents/a/index.html" }, Tree(output));
        Assert.AreEqual("4", File.ReadAllText(Path.Combine(output, "incidents", "a", "index.html")));
        Assert.HasCount(2, Directory.GetDirectories(root));
    }

    [TestMethod]
    public void AFileThatShrinksOrGrowsBetweenBuildsHoldsExactlyItsNewText()
    {
        // Files in the reused folder are overwritten in place, not truncated first: nothing of the old text may remain.
        var output = Path.Combine(root, "public");
        OutputWriter.Publish([Html("index.html", "a long first version of the page"), Html("feed.xml", "short")], output);
        OutputWriter.Publish([Html("index.html", "second"), Html("feed.xml", "a longer second feed")], output);
        OutputWriter.Publish([Html("index.html", "third"), Html("feed.xml", "")], output);

        Assert.AreEqual("third", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.AreEqual(0, new FileInfo(Path.Combine(output, "feed.xml")).Length);
        OutputWriter.Publish([Html("index.html", "a fourth, longer version"), Html("feed.xml", "a longer second feed")], output);
        Assert.AreEqual("a fourth, longer version", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.AreEqual("a longer second feed", File.ReadAllText(Path.Combine(output, "feed.xml")));
    }

    private static OutputFile Html(string path, string text) => OutputFile.Text(path, text, MediaTypes.Html);

    private static string[] Tree(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    [TestMethod]
    public void LeavesThePreviousOutputUntouchedWhenTwoFilesClaimOnePath()
    {
        var output = Path.Combine(root, "public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "published");

        Assert.ThrowsExactly<InvalidOperationException>(() => OutputWriter.Publish(
            [OutputFile.Text("index.html", "a", MediaTypes.Html), OutputFile.Text("index.html", "b", MediaTypes.Html)],
            output));

        Assert.AreEqual("published", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.AreEqual(1, Directory.GetDirectories(root).Length);
    }

    [TestMethod]
    public void RefusesPathsThatLeaveTheOutputFolder()
    {
        var output = Path.Combine(root, "public");

        Assert.ThrowsExactly<InvalidOperationException>(() => OutputWriter.Publish(
            [OutputFile.Text("../escape.html", "x", MediaTypes.Html)], output));

        Assert.IsFalse(File.Exists(Path.Combine(root, "escape.html")));
        Assert.IsFalse(Directory.Exists(output));
    }
}
