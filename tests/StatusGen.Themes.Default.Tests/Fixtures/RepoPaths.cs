namespace StatusGen.Themes.Default.Tests.Fixtures;

/// <summary>Finds the repository root (the folder holding StatusGen.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/node_modules, where tests/package.json's tools (vnu-jar, axe-core) are installed.</summary>
    public static string NodeModules => Path.Combine(Root, "tests", "node_modules");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StatusGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("StatusGen.sln not found above " + AppContext.BaseDirectory);
    }
}
