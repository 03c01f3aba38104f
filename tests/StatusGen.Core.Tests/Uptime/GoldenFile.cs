using System.Text;

namespace StatusGen.Tests.Uptime;

/// <summary>
/// Byte-for-byte comparison with <c>Uptime/Cases/&lt;scenario&gt;/expected/&lt;file&gt;</c> in the source tree.
/// <c>STATUSGEN_UPDATE_GOLDEN=1</c> rewrites the expected file instead; review the diff before committing it.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string scenario, string fileName, byte[] actual)
    {
        var path = Path.Combine(CasesFolder(), scenario, "expected", fileName);
        if (Environment.GetEnvironmentVariable("STATUSGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.IsTrue(File.Exists(path), $"{path} is missing; run the test with STATUSGEN_UPDATE_GOLDEN=1 to write it.");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
        Assert.Fail(line < 0
            ? $"{path}: same lines, different length ({expected.Length} vs {actual.Length} bytes). STATUSGEN_UPDATE_GOLDEN=1 rewrites it."
            : $"{path}:{line + 1}: expected '{expectedLines[line]}' but got '{actualLines[line]}'. STATUSGEN_UPDATE_GOLDEN=1 rewrites it.");
    }

    /// <summary>Found from the test binary upwards, so it works from any build output folder.</summary>
    private static string CasesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "StatusGen.Core.Tests", "Uptime", "Cases");
            if (File.Exists(Path.Combine(folder.FullName, "StatusGen.sln")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No StatusGen.sln above {AppContext.BaseDirectory}; cannot find the golden files.");
    }
}
