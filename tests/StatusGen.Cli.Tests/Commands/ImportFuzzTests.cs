using System.Diagnostics;
using System.Text;

namespace StatusGen.Cli.Tests.Commands;

/// <summary>
/// Mutations of the import fixtures (delete, duplicate and swap lines, flip bytes, null out JSON values) through the
/// real CLI: an importer reports bad input as warnings or errors with positions, and never exits 70 (a StatusGen bug).
/// Fixed seed; bounded in time so it stays cheap in CI.
/// </summary>
[TestClass]
public sealed partial class ImportFuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    [TestMethod]
    [DataRow("cstate", "cstate-migration", 1301)]
    [DataRow("cstate", "cstate-site", 1302)]
    [DataRow("statuspage", "statuspage-migration", 1303)]
    [DataRow("statuspage", "statuspage-export", 1304)]
    public void MutatedSourcesNeverMakeTheImporterExitWith70(string importer, string fixture, int seed)
    {
        var random = new Random(seed);
        var source = ImportSources.Fixture(fixture);
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < Budget / 4 && runs < 150)
        {
            using var cli = new CliHarness();
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                var mutated = random.Next(3) == 0 ? Mutate(bytes, random) : bytes;
                var target = Path.Combine(cli.Root, "old", Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, mutated);
            }

            var run = cli.Run("import", importer, "old", "--content", "site", "--now", "2024-06-01T00:00:00Z");
            runs++;

            Assert.AreNotEqual(70, run.ExitCode, $"run {runs} (seed {seed}):\n{run}");
            foreach (var line in run.ErrorLines.Where(l => l.Contains(": error SG", StringComparison.Ordinal)))
            {
                var position = Position().Match(line);
                Assert.IsTrue(position.Success, $"every error has a position: {line}");
                var file = Path.Combine(cli.Root, position.Groups["path"].Value);
                if (File.Exists(file))
                {
                    var lines = File.ReadAllText(file).Split('\n').Length;
                    Assert.IsLessThanOrEqualTo(lines, int.Parse(position.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), $"the position lies inside the file: {line}");
                }
            }
        }

        Assert.IsGreaterThan(10, runs, "the budget allows at least a few runs");
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        for (var n = random.Next(1, 4); n > 0 && lines.Count > 1; n--)
        {
            var i = random.Next(lines.Count);
            var j = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[j]);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines[i] = System.Text.RegularExpressions.Regex.Replace(lines[i], @"(?<="":\s*)(""[^""]*""|\{|\[|\d+|true|false)", "null");
                    break;
                case 4:
                    lines[i] = lines[i].Replace("---", "--", StringComparison.Ordinal).Replace(": ", ": [", StringComparison.Ordinal);
                    break;
                default:
                    var raw = Encoding.UTF8.GetBytes(string.Join('\n', lines));
                    if (raw.Length > 0)
                    {
                        raw[random.Next(raw.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    return raw;
            }
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<path>[^:]+):(?<line>\d+):\d+: error SG\d{4}: ")]
    private static partial System.Text.RegularExpressions.Regex Position();
}
