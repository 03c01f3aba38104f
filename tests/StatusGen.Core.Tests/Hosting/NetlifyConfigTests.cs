using System.Text.Json;
using StatusGen.Hosting;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Hosting;

[TestClass]
public sealed class NetlifyConfigTests
{
    private static string NetlifyToml => Path.Combine(ExternalTool.RepositoryRoot(), "netlify.toml");

    [TestMethod]
    public void NetlifyTomlSetsTheSameHeadersAsTheHeadersFile()
    {
        var toml = HostingFiles.ReadNetlifyToml(NetlifyToml);

        var rules = toml.GetProperty("headers").EnumerateArray()
            .Select(h => new HeaderRule(h.GetProperty("for").GetString()!,
                [.. h.GetProperty("values").EnumerateObject().Select(v => new HttpHeader(v.Name, v.Value.GetString()!))]))
            .ToList();

        CollectionAssert.AreEqual(HostingFiles.Lines(HeaderRules.All), HostingFiles.Lines(rules), "netlify.toml and HeaderRules.cs drifted apart");
    }

    [TestMethod]
    public void PublishesThePublicFolder()
    {
        Assert.AreEqual("public", HostingFiles.ReadNetlifyToml(NetlifyToml).GetProperty("build").GetProperty("publish").GetString());
    }

    [TestMethod]
    public void TheBuildCommandInstallsTheSdkWhenMissingThenBuilds()
    {
        var log = RunBuildCommand(sdkInstalled: false);

        CollectionAssert.AreEqual(new[]
        {
            "curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh",
            "dotnet-install.sh --channel 10.0 --install-dir HOME/.dotnet",
            "installed-dotnet run --project src/StatusGen.Cli -c Release -- build --content content --output public",
        }, log);
    }

    [TestMethod]
    public void TheBuildCommandUsesAnInstalledSdk()
    {
        var log = RunBuildCommand(sdkInstalled: true);

        CollectionAssert.AreEqual(new[] { "system-dotnet --list-sdks", "system-dotnet run --project src/StatusGen.Cli -c Release -- build --content content --output public" }, log);
    }

    /// <summary>Runs the real command under bash with stand-ins for curl, the install script and dotnet that log their arguments.</summary>
    private static List<string> RunBuildCommand(bool sdkInstalled)
    {
        var command = HostingFiles.ReadNetlifyToml(NetlifyToml).GetProperty("build").GetProperty("command").GetString()!;
        var root = Directory.CreateTempSubdirectory("statusgen-netlify-").FullName;
        try
        {
            var bin = Directory.CreateDirectory(Path.Combine(root, "bin")).FullName;
            var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
            var log = Path.Combine(root, "log");
            foreach (var tool in new[] { "bash", "grep", "cat", "mkdir", "chmod", "sed" })
            {
                File.CreateSymbolicLink(Path.Combine(bin, tool), ExternalTool.Find(tool)!);
            }

            // curl "downloads" an install script that puts a fake dotnet into --install-dir.
            Script(bin, "curl", $$"""
                echo "curl $*" >> {{log}}
                cat > "$4" <<'EOS'
                echo "dotnet-install.sh $1 $2 $3 $(echo "$4" | sed "s|$HOME|HOME|")" >> {{log}}
                mkdir -p "$4"
                printf '#!/bin/sh\necho "installed-dotnet $*" >> {{log}}\n' > "$4/dotnet"
                chmod +x "$4/dotnet"
                EOS
                """);
            if (sdkInstalled)
            {
                Script(bin, "dotnet", $"""
                    echo "system-dotnet $*" >> {log}
                    [ "$1" = "--list-sdks" ] && echo "10.0.401 [/usr/share/dotnet/sdk]"
                    exit 0
                    """);
            }

            var (exitCode, output) = ExternalTool.Run("/bin/sh", ["-c", $"PATH={bin} HOME={home} exec bash -c \"$0\"", command]);
            Assert.AreEqual(0, exitCode, output);
            return [.. File.ReadAllLines(log)];
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Script(string bin, string name, string body)
    {
        var path = Path.Combine(bin, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
