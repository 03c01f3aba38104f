using System.Globalization;
using System.Text;

namespace StatusGen.Cli.Tests;

/// <summary>
/// The built site must not depend on the culture of the machine that builds it: dates, numbers, ids and sort orders
/// are either invariant or in the site's own language. The tests run the CLI in-process under a hostile machine culture
/// (build of the demo site content/ with a fixed --now, a cState import, 'new') and compare with the invariant culture.
/// </summary>
[TestClass]
public sealed class CultureIndependenceTests
{
    private const string Now = "2026-11-24T12:00:00Z";

    // tr-TR: "i".ToUpper() is "İ" (the Turkish-I trap); ar-SA: the Um al-Qura calendar makes 2026 the year 1448;
    // de-DE: a decimal comma. Site languages other than English check that the site's own culture is the one used.
    [TestMethod]
    [DataRow("tr-TR", "en")]
    [DataRow("ar-SA", "en")]
    [DataRow("de-DE", "en")]
    [DataRow("tr-TR", "de")]
    [DataRow("ar-SA", "de")]
    [DataRow("tr-TR", "sv")]
    [DataRow("ar-SA", "ja")]
    public void TheDemoSiteIsByteIdenticalWhateverTheMachineCulture(string machineCulture, string siteLanguage)
    {
        var culture = CultureInfo.GetCultureInfo(machineCulture);
        Assert.AreNotEqual(Sample(CultureInfo.InvariantCulture), Sample(culture), $"{machineCulture} formats like the invariant culture here, so this test would prove nothing");

        var expected = BuildDemoSite(CultureInfo.InvariantCulture, siteLanguage);
        var actual = BuildDemoSite(culture, siteLanguage);

        Assert.IsGreaterThan(10, expected.Count, "the demo site built too few files to compare");
        AssertSameFiles(expected, actual, machineCulture);
    }

    // The importer writes file names, slugs and YAML timestamps, and warns with dates: none may take the machine's calendar.
    [TestMethod]
    [DataRow("ar-SA")]
    [DataRow("tr-TR")]
    public void ACstateImportWritesTheSameFilesAndMessagesWhateverTheMachineCulture(string machineCulture)
    {
        var (expectedFiles, expectedRun) = ImportCstateSite(CultureInfo.InvariantCulture);
        var (actualFiles, actualRun) = ImportCstateSite(CultureInfo.GetCultureInfo(machineCulture));

        Assert.AreEqual(0, expectedRun.ExitCode, expectedRun.ToString());
        Assert.IsTrue(expectedFiles.ContainsKey(Path.Combine("incidents", "2024-05-01-api-down.md")), string.Join(", ", expectedFiles.Keys));
        Assert.AreEqual(expectedRun.ToString(), actualRun.ToString());
        AssertSameFiles(expectedFiles, actualFiles, machineCulture);
    }

    private static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string machineCulture)
    {
        CollectionAssert.AreEqual(expected.Keys.ToList(), actual.Keys.ToList(), $"the files written under {machineCulture} differ");
        foreach (var (path, bytes) in expected)
        {
            Assert.AreEqual(Convert.ToHexString(bytes), Convert.ToHexString(actual[path]), FirstDifference(path, bytes, actual[path], machineCulture));
        }
    }

    /// <summary>The text around the first differing byte, so a failure names the value that took the machine's culture.</summary>
    private static string FirstDifference(string path, byte[] expected, byte[] actual, string machineCulture)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));
        return $"{path} differs at byte {at} when the machine culture is {machineCulture}:\ninvariant: {Around(expected)}\n{machineCulture}: {Around(actual)}";
    }

    /// <summary>What a culture-sensitive call would write: a date, a decimal and an upper-cased "i".</summary>
    private static string Sample(CultureInfo culture) =>
        string.Format(culture, "{0:yyyy-MM-dd} {1} {2}", new DateTime(2026, 11, 24), 99.5, "i".ToUpper(culture));

    // ar-SA counts years in the Um al-Qura calendar and th-TH in the Buddhist one: 2026 would be 1448 or 2569.
    [TestMethod]
    [DataRow("ar-SA")]
    [DataRow("th-TH")]
    public void NewNamesTheFileWithTheGregorianDateWhateverTheMachineCulture(string machineCulture)
    {
        using var cli = new CliHarness();

        var run = Under(CultureInfo.GetCultureInfo(machineCulture), () =>
            cli.Run("new", "incident", "--title", "API errors", "--component", "api=major_outage", "--now", "2026-11-10T08:15:00Z"));

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("content/incidents/2026-11-10-api-errors.md\n", run.Output);
    }

    private static SortedDictionary<string, byte[]> BuildDemoSite(CultureInfo machine, string language) => Under(machine, () =>
    {
        using var cli = new CliHarness();
        CopyDemoContent(Path.Combine(cli.Root, "demo"), language);

        var run = cli.Run("build", "--content", "demo", "--output", "public", "--now", Now);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return Files(Path.Combine(cli.Root, "public"));
    });

    private static (SortedDictionary<string, byte[]> Files, CliRun Run) ImportCstateSite(CultureInfo machine) => Under(machine, () =>
    {
        using var cli = new CliHarness();
        cli.Write("old/config.yml", "title: Old Status\nbaseURL: https://status.old.example\nparams:\n  systems:\n    - name: API\n      category: Core\n");
        cli.Write("old/content/issues/2024-05-01-api-down.md", "---\ntitle: API down\ndate: 2024-05-01 10:00:00\nresolved: true\nresolvedWhen: 2024-05-01 11:00:00\nseverity: down\naffected:\n  - API\n---\n\n*Resolved* - A failed disk; we replaced it. {{< track \"2024-05-01 11:00:00\" >}}\n\n*Investigating* - The API is down. {{< track \"2024-05-01 10:05:00\" >}}\n");
        cli.Write("old/content/issues/2024-05-20-slow-billing.md", "---\ntitle: Slow billing\ndate: 2024-05-20 08:00:00\nresolved: true\nseverity: disrupted\naffected:\n  - Billing\n---\n\nInvoices take minutes to open. {{< track \"2024-05-20 08:30:00\" >}}\n");

        var run = cli.Run("import", "cstate", "old", "--content", "new", "--now", "2024-06-01T00:00:00Z");

        return (Files(Path.Combine(cli.Root, "new")), run);
    });

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Runs <paramref name="action"/> as if on a machine set to <paramref name="machine"/>, then restores the culture.</summary>
    private static T Under<T>(CultureInfo machine, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = machine;
            CultureInfo.CurrentUICulture = machine;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>The repository's demo content, with the site's language switched to <paramref name="language"/>.</summary>
    private static void CopyDemoContent(string target, string language)
    {
        var source = RepositoryRoot.File("content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var siteYml = Path.Combine(target, "site.yml");
        var text = File.ReadAllText(siteYml);
        Assert.IsTrue(text.Contains("\nlanguage: en\n", StringComparison.Ordinal), "the demo site.yml no longer says 'language: en' on its own line");
        File.WriteAllText(siteYml, text.Replace("\nlanguage: en\n", $"\nlanguage: {language}\n", StringComparison.Ordinal));
    }
}
