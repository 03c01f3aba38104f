using System.Text;
using StatusGen.Cli;

namespace StatusGen.Cli.Tests;

/// <summary>Runs the CLI in-process in a temp working folder holding a small content folder.</summary>
internal sealed class CliHarness : IDisposable
{
    public const string SiteYml = """
        title: Example Status
        baseUrl: https://status.example.com/
        language: en
        timezone: Europe/Berlin
        components:
          - id: api
            name: API
          - id: tracking
            name: Tracking
        """;

    public const string Incident = """
        ---
        title: API errors
        started: 2026-11-10 09:15
        resolved: 2026-11-10 10:00
        components:
          api: major_outage
        ---
        ## 2026-11-10 10:00 Resolved
        A configuration push made the API reject signed requests; we rolled it back at 09:55 and errors stopped.
        ## 2026-11-10 09:20 Investigating
        Looking into it.
        ## 2026-11-10 23:30 Postmortem
        The push skipped the canary stage. Every configuration change now goes through the canary first.
        """;

    public CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("statusgen-cli-").FullName;
        Write("content/site.yml", SiteYml);
    }

    public string Root { get; }

    /// <summary>Environment variables the CLI sees; nothing else from the real environment leaks in.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>What the clock says when neither --now nor SOURCE_DATE_EPOCH is given.</summary>
    public DateTimeOffset Clock { get; set; } = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    /// <summary>What a person at the terminal types; null (the default) is stdin redirected, where nobody answers.</summary>
    public TextReader? Input { get; set; }

    public CliHarness Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public CliHarness WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, Root, name => Environment.GetValueOrDefault(name), new FixedClock(Clock), Input);
        var code = StatusGenCli.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Every file under a folder with its bytes, for byte-for-byte comparisons of output trees.</summary>
    public SortedDictionary<string, string> Tree(string folder)
    {
        var root = Path.Combine(Root, folder);
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            tree[Path.GetRelativePath(root, file)] = Convert.ToHexString(File.ReadAllBytes(file));
        }

        return tree;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
