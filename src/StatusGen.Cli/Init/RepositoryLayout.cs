using System.Reflection;

namespace StatusGen.Cli.Init;

/// <param name="Path">Relative to the repository folder, with '/'.</param>
internal sealed record LayoutFile(string Path, string Text);

/// <summary>Every file <c>statusgen init</c> lays out in a new status-page repository.</summary>
internal static class RepositoryLayout
{
    /// <param name="site">Null when an import already wrote content/site.yml.</param>
    /// <param name="toolVersion">The StatusGen version the tool manifest pins (the running one).</param>
    public static IReadOnlyList<LayoutFile> Files(NewSite? site, string toolVersion)
    {
        var files = new List<LayoutFile>();
        if (site is not null)
        {
            files.Add(new("content/site.yml", SiteYmlText.For(site)));
        }

        // Git keeps no empty folders; the loader skips dot-files, so a .gitkeep is never read as an incident.
        files.Add(new("content/incidents/.gitkeep", ""));
        files.Add(new("content/maintenance/.gitkeep", ""));
        files.Add(new(".gitignore", GitIgnore));
        files.Add(new(".config/dotnet-tools.json", ToolManifest(toolVersion)));
        files.Add(new("netlify.toml", NetlifyToml));
        foreach (var workflow in Workflows)
        {
            files.Add(new($".github/workflows/{workflow}", Resource(workflow)));
        }

        return files;
    }

    /// <summary>The GitHub Actions workflows, the same files as examples/github-actions/ (embedded at build time).</summary>
    public static readonly IReadOnlyList<string> Workflows = ["statusgen.yml", "statusgen-schedule.yml"];

    private const string GitIgnore = """
        # statusgen build output, its staging folders and the previous build it keeps (docs/cli.md)
        /public/
        /.public.*/

        # caches statusgen keeps beside site.yml (the notify ledger next to them is not a cache: keep it)
        .statusgen/cache/

        """;

    private static string ToolManifest(string version) => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "statusgen": {
              "version": "{{version}}",
              "commands": ["statusgen"],
              "rollForward": false
            }
          }
        }

        """;

    // Headers come from the _headers file every build writes into public/, which Netlify reads (docs/hosting.md).
    private const string NetlifyToml = """
        # Netlify: build the status site with StatusGen and publish public/.
        # The security and caching headers are in public/_headers, which every build writes and Netlify reads.
        [build]
          publish = "public"
          # Netlify's image has no .NET SDK: install .NET 10 when it is missing, restore the pinned StatusGen
          # (.config/dotnet-tools.json), then build.
          command = "if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\\.'; then curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh && bash /tmp/dotnet-install.sh --channel 10.0 --install-dir \"$HOME/.dotnet\" && export PATH=\"$HOME/.dotnet:$PATH\"; fi; dotnet tool restore && dotnet statusgen build --content content --output public"

        [build.environment]
          DOTNET_CLI_TELEMETRY_OPTOUT = "1"
          DOTNET_NOLOGO = "1"

        """;

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"StatusGen.Cli.Init.{name}")
            ?? throw new InvalidOperationException($"the embedded workflow {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
