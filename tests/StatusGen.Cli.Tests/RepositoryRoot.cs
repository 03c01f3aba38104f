namespace StatusGen.Cli.Tests;

/// <summary>The repository checkout the tests run from (the folder holding StatusGen.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "StatusGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no StatusGen.sln above {AppContext.BaseDirectory}");
    }
}
