using System.Text;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests;

/// <summary>
/// The busy fixture site's key pages compared byte for byte with Cases/busy/expected/. After an intended change,
/// run with STATUSGEN_UPDATE_GOLDEN=1 to rewrite expected/ and review the diff.
/// </summary>
[TestClass]
public sealed class GoldenPageTests
{
    private static readonly string[] Pages =
    [
        "index.html",
        "incidents/2026-11-18-database-outage/index.html",
        "components/db/index.html",
        "history/index.html",
    ];

    [TestMethod]
    public void BusySitePagesMatchTheirGoldenFiles()
    {
        var site = new GeneratedSite(Sites.Busy().Build());
        var expectedRoot = Path.Combine(RepoPaths.Root, "tests", "StatusGen.Themes.Default.Tests", "Cases", "busy", "expected");
        var update = Environment.GetEnvironmentVariable("STATUSGEN_UPDATE_GOLDEN") == "1";

        var differences = new List<string>();
        foreach (var page in Pages)
        {
            var expectedFile = Path.Combine(expectedRoot, page);
            var actual = site.Files[page].Bytes;
            if (update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
                File.WriteAllBytes(expectedFile, actual);
                continue;
            }

            Assert.IsTrue(File.Exists(expectedFile), $"{expectedFile} is missing: run with STATUSGEN_UPDATE_GOLDEN=1");
            var expected = File.ReadAllBytes(expectedFile);
            if (!expected.AsSpan().SequenceEqual(actual))
            {
                differences.Add($"{page}: first difference at line {FirstDifferentLine(expected, actual)}");
            }
        }

        Assert.IsEmpty(differences, "rendered pages differ from Cases/busy/expected (STATUSGEN_UPDATE_GOLDEN=1 rewrites them):\n" + string.Join("\n", differences));
    }

    private static int FirstDifferentLine(byte[] expected, byte[] actual)
    {
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        return line + 1;
    }
}
