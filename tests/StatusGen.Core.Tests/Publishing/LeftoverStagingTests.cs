using System.Text;
using StatusGen.Building;
using StatusGen.Publishing;

namespace StatusGen.Tests.Publishing;

/// <summary>What killed builds leave next to the output folder, and what the next build does with it.</summary>
[TestClass]
public sealed class LeftoverStagingTests
{
    private const string Marker = "statusgen: a build writes the folder of this name (without .lock); the next build removes both once no build holds this file.\n";
    private string root = "";

    [TestInitialize]
    public void CreateFolder() => root = Directory.CreateTempSubdirectory("statusgen-leftovers-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(root, recursive: true);

    [TestMethod]
    public void TheNextBuildRemovesTheStagingFoldersOfKilledBuilds()
    {
        var output = Path.Combine(root, "public");
        OutputWriter.Publish([Html("index.html", "1")], output);
        OutputWriter.Publish([Html("index.html", "2")], output);
        KilledBuild("0123456789abcdef0123456789abcdef");
        KilledBuild("fedcba9876543210fedcba9876543210");

        OutputWriter.Publish([Html("index.html", "3")], output);

        CollectionAssert.AreEquivalent(new[] { "public", ".public.previous" }, Entries());
        Assert.AreEqual("3", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [TestMethod]
    public void AKilledBuildsStagingFolderIsReusedWhenThereIsNoPreviousOutput()
    {
        var output = Path.Combine(root, "public");
        OutputWriter.Publish([Html("index.html", "1")], output); // the first build replaces nothing: no previous output
        var leftover = KilledBuild("0123456789abcdef0123456789abcdef");
        File.WriteAllText(Path.Combine(leftover, "stale.html"), "half a site");

        OutputWriter.Publish([Html("index.html", "2")], output);

        CollectionAssert.AreEquivalent(new[] { "public", ".public.previous" }, Entries());
        CollectionAssert.AreEquivalent(new[] { "index.html" }, Directory.GetFiles(output).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void NeverRemovesAFolderThatIsNotProvablyALeftover()
    {
        var output = Path.Combine(root, "public");
        var unmarked = Path.Combine(root, ".public.staging-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(unmarked);
        File.WriteAllText(unmarked + ".lock", "someone else's file\n");
        var running = KilledBuild("fedcba9876543210fedcba9876543210");
        using var held = new FileStream(running + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var otherName = Path.Combine(root, ".public.staging-mine");
        Directory.CreateDirectory(otherName);
        File.WriteAllText(otherName + ".lock", Marker);

        OutputWriter.Publish([Html("index.html", "1")], output);

        Assert.IsTrue(Directory.Exists(unmarked), "a lock file without the marker");
        Assert.IsTrue(Directory.Exists(running), "a marker a running build holds");
        Assert.IsTrue(Directory.Exists(otherName), "a name that is not ours");
    }

    [TestMethod]
    public void LeavesNoMarkerFileAfterABuild()
    {
        var output = Path.Combine(root, "public");

        OutputWriter.Publish([Html("index.html", "1")], output);
        OutputWriter.Publish([Html("index.html", "2")], output);

        CollectionAssert.AreEquivalent(new[] { "public", ".public.previous" }, Entries());
    }

    /// <summary>A staging folder and its marker, as a build killed while writing leaves them.</summary>
    private string KilledBuild(string id)
    {
        var folder = Path.Combine(root, $".public.staging-{id}");
        Directory.CreateDirectory(Path.Combine(folder, "incidents"));
        File.WriteAllText(Path.Combine(folder, "index.html"), "partial");
        File.WriteAllBytes(folder + ".lock", Encoding.UTF8.GetBytes(Marker));
        return folder;
    }

    private string[] Entries() => [.. Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Cast<string>()];

    private static OutputFile Html(string path, string text) => OutputFile.Text(path, text, MediaTypes.Html);
}
