namespace StatusGen.Cli.Tests.Commands;

/// <summary>The import fixtures of the core tests (tests/StatusGen.Core.Tests/Import/Fixtures), copied into a harness.</summary>
internal static class ImportSources
{
    public static string Fixture(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StatusGen.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "StatusGen.Core.Tests", "Import", "Fixtures", name, "input");
            }
        }

        throw new InvalidOperationException("StatusGen.sln not found above the test binary");
    }

    /// <summary>Copies a fixture's input to <paramref name="target"/> under the harness root.</summary>
    public static void CopyTo(CliHarness harness, string name, string target)
    {
        var source = Fixture(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            harness.Write(Path.Combine(target, Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }
    }
}
