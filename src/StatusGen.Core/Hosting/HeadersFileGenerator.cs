using System.Text;
using StatusGen.Building;

namespace StatusGen.Hosting;

/// <summary>
/// <c>_headers</c> in the output root, the format Netlify and Cloudflare Pages read from the published folder
/// (and that other hosts can be configured from). Same rules as netlify.toml.
/// </summary>
public sealed class HeadersFileGenerator : IOutputGenerator
{
    public string Name => "headers";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var text = new StringBuilder("# Written by StatusGen from src/StatusGen.Core/Hosting/HeaderRules.cs; docs/hosting.md.\n");
        foreach (var rule in HeaderRules.All)
        {
            text.Append('\n').Append(rule.Pattern).Append('\n');
            foreach (var header in rule.Headers)
            {
                text.Append("  ").Append(header.Name).Append(": ").Append(header.Value).Append('\n');
            }
        }

        yield return OutputFile.Text(Routes.Headers.Path(), text.ToString(), Routes.Headers.MediaType);
    }
}
