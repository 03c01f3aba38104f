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
        Assert.AreEqual(1, Directory.GetDirectories(root).Length, "no staging or retired folder is left behind");
    }

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
