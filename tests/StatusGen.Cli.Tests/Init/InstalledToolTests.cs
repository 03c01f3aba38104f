using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace StatusGen.Cli.Tests.Init;

/// <summary>
/// The "done when", through the real thing: pack the tool, install it from the package, and in an empty
/// folder go from `statusgen init` to a built site without writing a file by hand. About a minute.
/// </summary>
[TestClass]
public sealed class InstalledToolTests
{
    [TestMethod]
    [TestCategory("InstalledTool")]
    public void GoesFromAnEmptyFolderToABuiltSiteWithThePackedTool()
    {
        var temp = Directory.CreateTempSubdirectory("statusgen-installed-").FullName;
        try
        {
            var packages = Path.Combine(temp, "packages");
            var pack = Run(Dotnet, temp, "pack", RepositoryRoot.File("src/StatusGen.Cli"), "-c", "Release", "-o", packages, "-nodeReuse:false", "-p:UseSharedCompilation=false");
            Assert.AreEqual(0, pack.Exit, pack.Text);
            Assert.DoesNotContain(": warning ", pack.Text, "pack must not warn");
            // Three packages (docs/performance.md, "Start-up"): StatusGen points at StatusGen.linux-x64 (self-contained,
            // one composite ReadyToRun image with .NET) and StatusGen.any (framework-dependent IL, every other platform).
            var package = Directory.GetFiles(packages, "StatusGen.*.nupkg").Single(p => char.IsAsciiDigit(Path.GetFileName(p)["StatusGen.".Length]));
            AssertPackageMetadata(package);
            AssertEveryAssemblyIsPrecompiled(Directory.GetFiles(packages, "StatusGen.linux-x64.*.nupkg").Single());
            AssertPlatformAgnosticFallback(Directory.GetFiles(packages, "StatusGen.any.*.nupkg").Single());

            // Only the packed folder as a source, and a fresh package cache, so no stale or remote StatusGen is used.
            File.WriteAllText(Path.Combine(temp, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{packages}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(temp, "tools");
            var install = RunWithCache(Path.Combine(temp, "nuget-cache"), Dotnet, temp, "tool", "install", "--tool-path", tools, "--configfile", Path.Combine(temp, "nuget.config"), "StatusGen");
            Assert.AreEqual(0, install.Exit, install.Text);
            var runtimeConfig = Directory.GetFiles(tools, "statusgen.runtimeconfig.json", SearchOption.AllDirectories).Single();
            var installed = Path.GetDirectoryName(runtimeConfig)!;
            if (RuntimeInformation.RuntimeIdentifier == "linux-x64")
            {
                // The platform's own package: its own runtime, precompiled with tiered compilation for the rest, no PGO.
                Assert.AreEqual("linux-x64", Path.GetFileName(installed));
                Assert.Contains("\"includedFrameworks\"", File.ReadAllText(runtimeConfig));
                Assert.Contains("\"System.Runtime.TieredCompilation\": true", File.ReadAllText(runtimeConfig));
                Assert.Contains("\"System.Runtime.TieredPGO\": false", File.ReadAllText(runtimeConfig));
                foreach (var assembly in new[] { "statusgen.dll", "StatusGen.Core.dll", "StatusGen.Themes.Default.dll", "System.Private.CoreLib.dll" })
                {
                    using var file = File.OpenRead(Path.Combine(installed, assembly));
                    Assert.IsTrue(ReadyToRunImage.IsPrecompiled(file), $"installed {assembly} has no ReadyToRun code");
                }
            }
            else
            {
                Assert.AreEqual("any", Path.GetFileName(installed));
                Assert.Contains("\"rollForward\": \"Major\"", File.ReadAllText(runtimeConfig));
            }

            var work = Directory.CreateDirectory(Path.Combine(temp, "work")).FullName;
            var statusgen = Path.Combine(tools, OperatingSystem.IsWindows() ? "statusgen.exe" : "statusgen");
            var steps = new[]
            {
                new[] { "init", "site", "--title", "Acme Status", "--component", "api=API" },
                ["new", "incident", "--content", "site/content", "--title", "Elevated API errors", "--component", "api=major_outage"],
                ["check", "--content", "site/content"],
                ["build", "--content", "site/content", "--output", "site/public"],
            };
            foreach (var step in steps)
            {
                var run = Run(statusgen, work, step);
                Assert.AreEqual(0, run.Exit, $"statusgen {string.Join(' ', step)}\n{run.Text}");
            }

            Assert.IsTrue(File.Exists(Path.Combine(work, "site/public/index.html")));
            Assert.AreEqual(1, Directory.GetFiles(Path.Combine(work, "site/content/incidents"), "*-elevated-api-errors.md").Length);
            Assert.Contains("Elevated API errors", File.ReadAllText(Path.Combine(work, "site/public/index.html")));

            // A template of the site's own, compiled by the installed tool against its own assemblies (issue 12).
            var eject = Run(statusgen, work, "theme", "eject", "Partials/StaleNote", "--content", "site/content", "--path", "../theme");
            Assert.AreEqual(0, eject.Exit, eject.Text);
            File.AppendAllText(Path.Combine(work, "site/theme/Partials/StaleNote.cshtml"), "\n<p class=\"acme-note\">@Model.Site.Title, installed</p>\n");
            var build = Run(statusgen, work, "build", "--content", "site/content", "--output", "site/public");
            Assert.AreEqual(0, build.Exit, build.Text);
            Assert.Contains("<p class=\"acme-note\">Acme Status, installed</p>", File.ReadAllText(Path.Combine(work, "site/public/index.html")));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static void AssertPackageMetadata(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = new StreamReader(nuspecStream).ReadToEnd();
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<icon>icon.png</icon>", nuspec);
        Assert.Contains("<projectUrl>https://github.com/statusgen/statusgen</projectUrl>", nuspec);
        Assert.Contains("<tags>", nuspec);
        Assert.IsNotNull(zip.GetEntry("README.md"));
        Assert.IsNotNull(zip.GetEntry("icon.png"));
    }

    /// <summary>
    /// Every assembly in the linux-x64 package carries ReadyToRun code, .NET's own included (docs/performance.md: the
    /// demo's check and build are mostly JIT without it): each is a component of the one composite image beside it.
    /// </summary>
    private static void AssertEveryAssemblyIsPrecompiled(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        const string folder = "tools/any/linux-x64/"; // self-contained: no target framework in the path
        var assemblies = zip.Entries
            .Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) && !e.FullName.EndsWith(".resources.dll", StringComparison.Ordinal))
            .ToList();
        Assert.IsNotNull(zip.GetEntry(folder + "statusgen.r2r.dll"), string.Join("\n", zip.Entries.Select(e => e.FullName)));
        Assert.IsTrue(assemblies.Any(e => e.FullName == folder + "StatusGen.Themes.Default.dll"), string.Join("\n", zip.Entries.Select(e => e.FullName)));
        Assert.IsTrue(assemblies.Any(e => e.FullName == folder + "System.Private.CoreLib.dll"), "the package carries its own runtime");
        foreach (var entry in assemblies)
        {
            Assert.StartsWith(folder, entry.FullName);
            using var copy = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            Assert.IsTrue(ReadyToRunImage.IsPrecompiled(copy), $"{entry.FullName} has no ReadyToRun code");
        }
    }

    /// <summary>Every other platform installs StatusGen.any: the framework-dependent tool, rolling forward to a newer .NET.</summary>
    private static void AssertPlatformAgnosticFallback(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        Assert.IsNotNull(zip.GetEntry("tools/net10.0/any/StatusGen.Themes.Default.dll"), string.Join("\n", zip.Entries.Select(e => e.FullName)));
        using var config = new StreamReader(zip.GetEntry("tools/net10.0/any/statusgen.runtimeconfig.json")!.Open());
        Assert.Contains("\"rollForward\": \"Major\"", config.ReadToEnd());
    }

    /// <summary>The dotnet that runs the tests (set by `dotnet test`), else the one on the PATH.</summary>
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static (int Exit, string Text) Run(string program, string folder, params string[] args) =>
        RunWithCache(null, program, folder, args);

    /// <param name="packageCache">A NuGet package folder of its own (NUGET_PACKAGES), or null for the user's.</param>
    private static (int Exit, string Text) RunWithCache(string? packageCache, string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // nobody at the terminal: init asks nothing
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (packageCache is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packageCache;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(host); // where the installed tool's launcher finds .NET
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
