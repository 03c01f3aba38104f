using System.Text;

namespace StatusGen.Cli.Tests.Workflow;

/// <summary>A small content folder in a temporary directory, and the CLI run in-process against it.</summary>
internal sealed class WorkflowSite : IDisposable
{
    public const string SiteYml = """
        title: Example Status
        baseUrl: https://status.example.com/
        language: en
        timezone: Europe/Berlin
        components:
          - id: api
            name: API
          - id: web
            name: Website
          - id: search
            name: Search
        """;

    public const string OngoingIncident = """
        ---
        title: Elevated error rates on the API
        started: 2026-11-10T09:15:00+01:00   # first alert
        impact: major
        components:
          web: degraded_performance          # one status
          api:
            2026-11-10 09:15: major_outage
            2026-11-10 09:40: partial_outage
        ---

        We are sorry.

        ## 2026-11-10 09:50 Identified
        A bad deploy.

        ## 2026-11-10 09:30 Investigating
        Looking.
        """;

    /// <summary>10:30 in Berlin.</summary>
    public const string Now = "2026-11-10T09:30:00Z";

    public WorkflowSite()
    {
        Root = Directory.CreateTempSubdirectory("statusgen-workflow-").FullName;
        Write("content/site.yml", SiteYml);
        Write("content/incidents/2026-11-10-api-errors.md", OngoingIncident);
    }

    public string Root { get; }

    public string Incident => Path.Combine(Root, "content", "incidents", "2026-11-10-api-errors.md");

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
    }

    public string Read(string relativePath) => Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Root, relativePath)));

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, Root, _ => null, TimeProvider.System);
        var exit = StatusGenCli.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
