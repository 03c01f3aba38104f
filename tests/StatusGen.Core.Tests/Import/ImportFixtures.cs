using StatusGen.Diagnostics;

namespace StatusGen.Tests.Import;

/// <summary>
/// Fixtures under Import/Fixtures/&lt;name&gt;/{input,expected}, read from the source tree. The expected folder is
/// the content an import writes plus diagnostics.txt; STATUSGEN_UPDATE_GOLDEN=1 rewrites it for review.
/// </summary>
internal static class ImportFixtures
{
    /// <summary>Found from the test binary up to the repository root, so that it works wherever the build put the binary.</summary>
    public static string Folder(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatusGen.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "StatusGen.Core.Tests", "Import", "Fixtures", name);
            }
        }

        throw new InvalidOperationException($"StatusGen.sln not found above {AppContext.BaseDirectory}; the import fixtures are read from the source tree");
    }

    public static string Input(string name) => Path.Combine(Folder(name), "input");

    public static void AssertMatchesGolden(string name, string writtenContent, IEnumerable<Diagnostic> diagnostics)
    {
        var actual = Directory.GetFiles(writtenContent, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(writtenContent, f).Replace('\\', '/'), File.ReadAllText);
        actual["diagnostics.txt"] = string.Concat(diagnostics.Select(d => d + "\n"));
        var expectedRoot = Path.Combine(Folder(name), "expected");
        if (Environment.GetEnvironmentVariable("STATUSGEN_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(expectedRoot))
            {
                Directory.Delete(expectedRoot, recursive: true);
            }

            foreach (var (path, text) in actual)
            {
                var target = Path.Combine(expectedRoot, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }

            return;
        }

        var expected = Directory.GetFiles(expectedRoot, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(expectedRoot, f).Replace('\\', '/'), File.ReadAllText);
        CollectionAssert.AreEquivalent(expected.Keys.ToList(), actual.Keys.ToList(), "the same files; STATUSGEN_UPDATE_GOLDEN=1 rewrites expected/");
        foreach (var (path, text) in expected)
        {
            Assert.AreEqual(text, actual[path], $"{path} differs; STATUSGEN_UPDATE_GOLDEN=1 rewrites expected/");
        }
    }
}
