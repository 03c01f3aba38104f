using StatusGen.Building;
using StatusGen.Import;
using StatusGen.Import.Cstate;
using StatusGen.Import.Statuspage;

namespace StatusGen.Tests.Import;

/// <summary>What an import writes must load and validate without errors: the user's next step is 'statusgen build'.</summary>
[TestClass]
public sealed class ImportedContentPassesCheckTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private string output = "";

    [TestInitialize]
    public void CreateFolder() => output = Directory.CreateTempSubdirectory("statusgen-import-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(output, recursive: true);

    private void AssertChecksClean(ImportResult result)
    {
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        ImportWriter.Write(result.Site!, output, overwrite: false);

        var check = SiteBuilder.Check(output, Now, output);

        Assert.IsFalse(check.HasErrors, string.Join("\n", check.Diagnostics));
        Assert.AreEqual(result.Site!.Incidents.Count, check.Content!.Incidents.Count, "every imported incident loads");
        Assert.AreEqual(result.Site.Maintenances.Count, check.Content.Maintenances.Count, "every imported maintenance window loads");
    }

    [TestMethod]
    public void ImportedCstateSiteChecksWithoutErrors()
    {
        var site = ImportFixtures.Input("cstate-site");
        AssertChecksClean(CstateImporter.Import(site, site, Now));
    }

    [TestMethod]
    public void ImportedStatuspageExportChecksWithoutErrors()
    {
        var export = ImportFixtures.Input("statuspage-export");
        AssertChecksClean(StatuspageImporter.Import(export, export, Now));
    }

    [TestMethod]
    public void ImportedStatuspageMigrationChecksWithoutErrors()
    {
        var export = ImportFixtures.Input("statuspage-migration");
        AssertChecksClean(StatuspageImporter.Import(export, export, Now));
    }
}
