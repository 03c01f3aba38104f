using System.Text.Json;
using StatusGen.Hosting;
using StatusGen.Tests.Feeds;

namespace StatusGen.Tests.Hosting;

/// <summary>Reads the hosting files back into <see cref="HeaderRule"/>s so they can be compared with the source of truth.</summary>
internal static class HostingFiles
{
    public static IReadOnlyList<HeaderRule> ParseHeadersFile(string text)
    {
        var rules = new List<HeaderRule>();
        foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0 && !l.StartsWith('#')))
        {
            if (!line.StartsWith(' '))
            {
                rules.Add(new HeaderRule(line, []));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var last = rules[^1];
            rules[^1] = last with { Headers = [.. last.Headers, new HttpHeader(line[..colon].Trim(), line[(colon + 1)..].Trim())] };
        }

        return rules;
    }

    /// <summary>netlify.toml through Python's own TOML parser (tomllib), so quoting is read exactly as Netlify reads it.</summary>
    public static JsonElement ReadNetlifyToml(string path)
    {
        const string python = "/usr/bin/python3";
        ExternalTool.Require(File.Exists(python), "python3");
        var (exitCode, output) = ExternalTool.Run(python, ["-c", "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb'))))", path]);
        Assert.AreEqual(0, exitCode, output);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>One "pattern | Name: value" line per header, in order: comparable and readable in a failure message.</summary>
    public static List<string> Lines(IEnumerable<HeaderRule> rules) =>
        [.. rules.SelectMany(r => r.Headers.Select(h => $"{r.Pattern} | {h.Name}: {h.Value}"))];
}
