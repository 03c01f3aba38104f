using System.IO.Compression;
using System.Runtime.InteropServices;

namespace StatusGen.Benchmarks.Startup;

/// <summary>
/// The tool as it ships: `dotnet pack` of src/StatusGen.Cli, and the package `dotnet tool install` would pick on this
/// machine unpacked (StatusGen.linux-x64 here, the self-contained composite ReadyToRun build; StatusGen.any elsewhere;
/// the one package of an IL-only pack). Every benchmark that runs `statusgen` as a process measures this, not the
/// Release build beside the benchmark, which is plain IL with other runtime settings.
/// </summary>
internal static class PackedTool
{
    private static readonly Dictionary<string, string> Packed = [];

    /// <summary>The unpacked tool's statusgen.dll (run it as <c>dotnet statusgen.dll</c>: the host runs a
    /// self-contained tool with its own runtime). Packs once per benchmark process and flavour.</summary>
    /// <param name="readyToRun">False packs the plain IL tool (`-p:StatusGenReadyToRun=false`), as it shipped before.</param>
    /// <param name="existing">A folder holding an already unpacked tool (`--tool DIR`): used as it is, nothing packed.</param>
    public static string Cli(string repository, string work, bool readyToRun = true, string? existing = null)
    {
        if (existing is not null)
        {
            return File.Exists(Path.Combine(existing, "statusgen.dll"))
                ? Path.GetFullPath(Path.Combine(existing, "statusgen.dll"))
                : throw new ArgumentException($"{existing} holds no statusgen.dll");
        }

        var name = readyToRun ? "r2r" : "il";
        if (!Packed.TryGetValue(name, out var cli))
        {
            Packed[name] = cli = Pack(repository, Path.Combine(work, "packed"), name, readyToRun);
        }

        return cli;
    }

    private static string Pack(string repository, string root, string name, bool readyToRun)
    {
        var packages = Path.Combine(root, "packages-" + name);
        var folder = Path.Combine(root, "tool-" + name);
        Recreate(packages);
        Recreate(folder);
        Console.Error.WriteLine($"packing the tool ({name}); a few minutes");
        var pack = TimedProcess.Run("dotnet", ["pack", Path.Combine(repository, "src", "StatusGen.Cli"), "-c", "Release", "-o", packages, "-nodeReuse:false", $"-p:StatusGenReadyToRun={(readyToRun ? "true" : "false")}"], repository);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack ({name}) failed");
        }

        using var zip = ZipFile.OpenRead(PackageFor(packages));
        var entry = zip.Entries.Single(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.Name == "statusgen.dll");
        var prefix = entry.FullName[..^entry.Name.Length];
        foreach (var file in zip.Entries.Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            var target = Path.Combine(folder, file.FullName[prefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            file.ExtractToFile(target);
        }

        Console.Error.WriteLine($"packed {Path.GetFileName(PackageFor(packages))}, unpacked {prefix} to {folder}");
        return Path.Combine(folder, "statusgen.dll");
    }

    /// <summary>The package this platform installs: the platform's own, else the platform-agnostic one, else the only one.</summary>
    private static string PackageFor(string packages)
    {
        var all = Directory.GetFiles(packages, "StatusGen.*.nupkg");
        return all.FirstOrDefault(p => Path.GetFileName(p).StartsWith($"StatusGen.{RuntimeInformation.RuntimeIdentifier}.", StringComparison.Ordinal))
            ?? all.FirstOrDefault(p => Path.GetFileName(p).StartsWith("StatusGen.any.", StringComparison.Ordinal))
            ?? all.Single();
    }

    private static void Recreate(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }
}
