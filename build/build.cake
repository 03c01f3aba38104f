// StatusGen build script (Cake 7, a local tool in .config/dotnet-tools.json).
//   dotnet tool restore
//   dotnet cake build/build.cake --target=Build       Clean | Build | Test | Site | Pack | Bench | Fuzz
// Options: --configuration=Release (default), --now=2026-11-22T10:30:00Z (Site: the build's time; default SOURCE_DATE_EPOCH, else the clock),
//          --sizes=1000,10000 and --output-root=DIR (Bench: where the built sites go; default build/bench-output/runs),
//          --minutes=20 and --seed=N (Fuzz: how long to mutate the demo content, and the first seed; default: from the clock).
var target = Argument("target", "Build");
var configuration = Argument("configuration", "Release");
var now = Argument<string>("now", null);
var sizes = Argument("sizes", "1000,10000");
var outputRoot = Argument<string>("output-root", null);
var minutes = Argument("minutes", "20");
var seed = Argument<string>("seed", null);

// Cake runs with the script's folder as working directory; every path below is from the repository root.
var root = MakeAbsolute(Directory(".."));
var solution = root.CombineWithFilePath("StatusGen.sln");
var cli = root.CombineWithFilePath("src/StatusGen.Cli/StatusGen.Cli.csproj");
var benchmarks = root.CombineWithFilePath("build/StatusGen.Benchmarks/StatusGen.Benchmarks.csproj");
var artifacts = root.Combine("artifacts");

Task("Clean")
    .Description("Deletes build outputs, the demo site, packages, test results and benchmark output.")
    .Does(() =>
{
    DotNetClean(solution.FullPath, new DotNetCleanSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet });
    foreach (var folder in new[] { "public", "artifacts", "TestResults", "build/bench-output", "BenchmarkDotNet.Artifacts" })
    {
        var path = root.Combine(folder);
        if (DirectoryExists(path))
        {
            DeleteDirectory(path, new DeleteDirectorySettings { Recursive = true, Force = true });
        }
    }
});

Task("Build")
    .Description("Builds the solution (warnings are errors in Release).")
    .Does(() =>
{
    DotNetBuild(solution.FullPath, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .Description("The README's test command: installs test dependencies, runs every test project, prints 'N passed, N failed'.")
    .Does(() =>
{
    Run("bash", "build/test.sh");
});

Task("Site")
    .Description("Builds the demo site from content/ into public/.")
    .Does(() =>
{
    var arguments = new ProcessArgumentBuilder()
        .Append("build").Append("--content").Append("content").Append("--output").Append("public");
    if (!string.IsNullOrEmpty(now))
    {
        arguments.Append("--now").AppendQuoted(now);
    }

    DotNetRun(cli.FullPath, arguments, new DotNetRunSettings { Configuration = configuration, WorkingDirectory = root });
    Information("Demo site written to {0}", root.Combine("public").FullPath);
});

Task("Pack")
    .Description("Packs the statusgen .NET tool into artifacts/packages.")
    .Does(() =>
{
    DotNetPack(cli.FullPath, new DotNetPackSettings
    {
        Configuration = "Release",
        OutputDirectory = artifacts.Combine("packages"),
    });
});

Task("Bench")
    .Description("Full-build scaling (1,000 and 10,000 synthetic incidents) and the uptime engine benchmark; see docs/performance.md.")
    .Does(() =>
{
    var arguments = new ProcessArgumentBuilder().Append("all").Append("--sizes").Append(sizes);
    if (!string.IsNullOrEmpty(outputRoot))
    {
        arguments.Append("--output-root").AppendQuoted(outputRoot);
    }

    DotNetRun(benchmarks.FullPath, arguments, new DotNetRunSettings { Configuration = "Release", WorkingDirectory = root });
});

Task("Fuzz")
    .Description("Mutates the demo content for --minutes and runs check and build on each input; prints how many inputs ran and how many internal errors.")
    .Does(() =>
{
    // The CI test runs a fixed seed and 30 inputs; this is the same test with a time budget instead of a count.
    var settings = new DotNetTestSettings
    {
        Configuration = configuration,
        Filter = "FullyQualifiedName~MutationFuzzTests",
        Loggers = new[] { "console;verbosity=detailed" },
        EnvironmentVariables = new Dictionary<string, string>
        {
            ["STATUSGEN_FUZZ_MINUTES"] = minutes,
            ["STATUSGEN_FUZZ_SEED"] = seed ?? (DateTime.UtcNow.Ticks % int.MaxValue).ToString(),
        },
    };
    DotNetTest(root.CombineWithFilePath("tests/StatusGen.Cli.Tests/StatusGen.Cli.Tests.csproj").FullPath, settings);
});

Task("Default").IsDependentOn("Build");

RunTarget(target);

void Run(string tool, string arguments)
{
    var exitCode = StartProcess(tool, new ProcessSettings { Arguments = arguments, WorkingDirectory = root });
    if (exitCode != 0)
    {
        throw new CakeException(exitCode, $"'{tool} {arguments}' failed with exit code {exitCode}.");
    }
}
