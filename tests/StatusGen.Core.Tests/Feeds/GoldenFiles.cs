using StatusGen.Building;

namespace StatusGen.Tests.Feeds;

/// <summary>
/// Byte-for-byte comparison of generated files with tests/StatusGen.Core.Tests/&lt;folder&gt;/Cases/&lt;scenario&gt;/expected/,
/// found from the repository root (not the compile-time source path, so it works wherever the binary was built).
/// With STATUSGEN_UPDATE_GOLDEN=1 the expected folder is rewritten instead (review the diff).
/// </summary>
internal static class GoldenFiles
{
    public static void AssertMatch(string folder, string scenario, IReadOnlyList<OutputFile> files)
    {
        var expected = Path.Combine(ExternalTool.RepositoryRoot(), "tests", "StatusGen.Core.Tests", folder, "Cases", scenario, "expected");
        if (Environment.GetEnvironmentVariable("STATUSGEN_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(expected))
            {
                Directory.Delete(expected, recursive: true);
            }

            foreach (var file in files)
            {
                var target = Path.Combine(expected, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                System.IO.File.WriteAllBytes(target, file.Bytes);
            }

            return;
        }

        Assert.IsTrue(Directory.Exists(expected), $"{expected} is missing; run with STATUSGEN_UPDATE_GOLDEN=1 to create it");
        var onDisk = Directory.GetFiles(expected, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(expected, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        CollectionAssert.AreEqual(onDisk, files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList(), "the set of generated files changed");
        foreach (var file in files)
        {
            var want = System.IO.File.ReadAllText(Path.Combine(expected, file.Path));
            Assert.AreEqual(want, System.Text.Encoding.UTF8.GetString(file.Bytes), $"{file.Path} differs from {scenario}/expected (STATUSGEN_UPDATE_GOLDEN=1 rewrites it)");
        }
    }
}
