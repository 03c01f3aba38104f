using System.Globalization;
using StatusGen.Cli.Commands;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Cli.Tests.Commands;

[TestClass]
public sealed class UptimeCommandTests
{
    private static readonly DateTimeOffset Now = At("2026-11-22T12:00:00Z");

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static SiteContent Content(bool countMaintenance = false) => new()
    {
        ContentRoot = "/content",
        Site = new SiteConfig
        {
            Title = "Example status",
            BaseUrl = new Uri("https://status.example.com/"),
            Language = "en",
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
            Components =
            [
                new Component { Id = "api", Name = "API", Group = "Core" },
                new Component { Id = "web", Name = "Website", Group = "Core" },
                new Component { Id = "docs", Name = "Docs", Since = new DateOnly(2030, 1, 1) },
            ],
            Uptime = new UptimeSettings { CountMaintenance = countMaintenance },
        },
        Incidents =
        [
            Incident("2026-11-20-slow", "2026-11-20T10:00:00+01:00", "2026-11-20T11:00:00+01:00", "web", ComponentStatus.DegradedPerformance),
            Incident("2026-11-20-api-down", "2026-11-20T09:00:00+01:00", "2026-11-20T10:00:00+01:00", "api", ComponentStatus.MajorOutage),
            Incident("2026-11-19-api-partial", "2026-11-19T23:00:00+01:00", "2026-11-20T01:00:00+01:00", "api", ComponentStatus.PartialOutage),
        ],
        Maintenances =
        [
            new Maintenance
            {
                Slug = "2026-11-18-db", Source = new SourceFile("m", "m"), Title = "DB", Scheduled = At("2026-11-18T02:00:00+01:00"),
                Until = At("2026-11-18T03:00:00+01:00"), ComponentIds = ["api"], Summary = MarkdownText.Empty, Updates = [],
            },
        ],
    };

    private static Incident Incident(string slug, string started, string resolved, string component, ComponentStatus status) => new()
    {
        Slug = slug,
        Source = new SourceFile($"content/incidents/{slug}.md", $"/content/incidents/{slug}.md"),
        Title = slug,
        Started = At(started),
        Resolved = At(resolved),
        Impact = Impact.Major,
        Components = [new AffectedComponent { ComponentId = component, Changes = [new StatusChange(At(started), status)] }],
        Summary = MarkdownText.Empty,
        Updates = [],
    };

    private static string[] Lines(SiteContent content, string? component = null, int? window = null, bool explain = false)
    {
        var output = new StringWriter();
        UptimeCommand.Print(content, Now, component, window, explain, output);
        return output.ToString().Split('\n');
    }

    [TestMethod]
    public void PrintsATableOfComponentsGroupsAndTheOverallFigure()
    {
        var lines = Lines(Content(), window: 7);

        Assert.AreEqual("Uptime at 2026-11-22 13:00 Europe/Berlin (2026-11-22T12:00:00Z)", lines[0]);
        Assert.AreEqual("Windows are the last N calendar days in Europe/Berlin, today counted until now; 7d: 2026-11-16 to 2026-11-22.", lines[1]);
        Assert.AreEqual("Downtime = major outage + 0.3 x partial outage; degraded performance and maintenance are not downtime.", lines[2]);
        Assert.AreSequenceEqual(["COMPONENT", "GROUP", "7D", "30D", "90D", "365D", "7D", "DOWNTIME", "7D"], lines[4].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // api: 60 major + 0.3 x 120 partial = 96 minutes; 7d tracks 6 x 1440 + 780 (13:00 local), 30d holds the 25-hour Oct 25.
        Assert.AreSequenceEqual(["api", "Core", "98.981%", "99.775%", "99.926%", "99.982%", "98.981%", "96", "min"], lines[5].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreSequenceEqual(["docs", "-", "no", "data", "no", "data", "no", "data", "no", "data", "no", "data", "0", "min"], lines[7].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreSequenceEqual(["group", "Core", "99.490%"], lines[8].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreSequenceEqual(["overall", "99.490%"], lines[9].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [TestMethod]
    public void ExplainsWhichIncidentTookHowManyMinutesFromWhichDay()
    {
        var lines = Lines(Content(), component: "api", explain: true);

        Assert.StartsWith("api ", lines[5]);
        Assert.AreEqual("", lines[6], "one row: no group or overall rows for one component");
        var explanation = lines.SkipWhile(l => !l.StartsWith("api (API)", StringComparison.Ordinal)).ToList();
        Assert.AreEqual("api (API): 96 downtime minutes", explanation[0]);
        Assert.AreSequenceEqual(["2026-11-19", "2026-11-19-api-partial", "18", "min", "partial", "outage", "60", "x", "0.3"], explanation[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreSequenceEqual(["2026-11-20", "2026-11-20-api-down", "60", "min", "major", "outage", "60"], explanation[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreSequenceEqual(["2026-11-20", "2026-11-19-api-partial", "18", "min", "partial", "outage", "60", "x", "0.3"], explanation[3].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreEqual("", explanation[4], "uncounted maintenance is not listed");
    }

    [TestMethod]
    public void ListsMaintenanceInTheExplanationOnlyWhenItCounts()
    {
        var lines = Lines(Content(countMaintenance: true), component: "api", explain: true);

        Assert.Contains("api (API): 156 downtime minutes", lines);
        Assert.AreSequenceEqual(["2026-11-18", "maintenance", "2026-11-18-db", "60", "min", "maintenance", "60"], lines.Single(l => l.Contains("2026-11-18-db", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [TestMethod]
    public void ShowsDegradedIncidentsWithoutDowntimeInTheExplanation()
    {
        var lines = Lines(Content(), component: "web", explain: true);

        Assert.Contains("web (Website): 0 downtime minutes", lines);
        Assert.AreSequenceEqual(["2026-11-20", "2026-11-20-slow", "0", "min", "degraded", "60", "(not", "downtime)"], lines[^2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [TestMethod]
    public void RejectsAnUnknownComponentWithASuggestion()
    {
        var error = Assert.ThrowsExactly<UsageException>(() => Lines(Content(), component: "apii"));

        Assert.AreEqual("unknown component 'apii' (did you mean 'api'?)", error.Message);
        Assert.AreEqual(
            "unknown component 'payments' (use one of: api, web, docs)",
            Assert.ThrowsExactly<UsageException>(() => Lines(Content(), component: "payments")).Message);
    }

    [TestMethod]
    public void RejectsAMalformedWindowWithExitCodeTwo()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, Path.GetTempPath(), _ => null, TimeProvider.System);

        var exit = StatusGenCli.Run(["uptime", "--window", "90", "--now", "2026-11-22T12:00:00Z"], context);

        Assert.AreEqual(ExitCodes.UsageError, exit);
        Assert.AreEqual("statusgen: --window '90' is not a number of days like 7d, 30d, 90d or 365d (1d to 3650d).", error.ToString().TrimEnd());
    }

    [TestMethod]
    public void LoadsTheContentFolderAndPrintsItsUptime()
    {
        var (exit, output, error) = RunOnSite("uptime", "--component", "api", "--window", "30d", "--explain");

        Assert.AreEqual(ExitCodes.Success, exit, error);
        Assert.Contains("api (API): 125 downtime minutes", output);
        Assert.Contains("  2026-11-10  2026-11-10-api-errors  125 min  major outage 125, degraded 160 (not downtime)", output);
    }

    [TestMethod]
    public void ExitsWithTwoAndASuggestionForAnUnknownComponent()
    {
        var (exit, output, error) = RunOnSite("uptime", "--component", "apy");

        Assert.AreEqual(ExitCodes.UsageError, exit);
        Assert.AreEqual("statusgen: unknown component 'apy' (did you mean 'api'?)", error.TrimEnd());
        Assert.AreEqual("", output);
    }

    [TestMethod]
    public void ExitsWithOneAndTheDiagnosticsWhenTheContentHasErrors()
    {
        // A folder without site.yml is a content error; a folder that does not exist is a usage error (CheckCommandTests).
        var (exit, _, error) = RunOnSite("uptime", "--content", "content/incidents");

        Assert.AreEqual(ExitCodes.ContentErrors, exit);
        Assert.StartsWith("content/incidents/site.yml:1:1: error SG0012: site.yml not found", error);
    }

    private static (int Exit, string Output, string Error) RunOnSite(params string[] args)
    {
        var root = Directory.CreateTempSubdirectory("statusgen-uptime-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "content", "incidents"));
            File.WriteAllText(Path.Combine(root, "content", "site.yml"), """
                title: Example status
                baseUrl: https://status.example.com/
                language: en
                timezone: Europe/Berlin
                components:
                  - id: api
                    name: API
                """);
            File.WriteAllText(Path.Combine(root, "content", "incidents", "2026-11-10-api-errors.md"), """
                ---
                title: Elevated error rates on the API
                started: 2026-11-10T09:15:00+01:00
                resolved: 2026-11-10 15:10
                components:
                  api:
                    2026-11-10 09:15: major_outage
                    2026-11-10 11:20: degraded_performance
                    2026-11-10 14:00: operational
                ---

                ## 2026-11-10 15:10 Resolved
                Fixed.
                """);
            var output = new StringWriter();
            var error = new StringWriter();
            var context = new CliContext(output, error, root, _ => null, TimeProvider.System);
            var exit = StatusGenCli.Run([.. args, "--now", "2026-11-22T12:00:00Z"], context);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestMethod]
    public void AcceptsAnyWholeNumberOfDays()
    {
        Assert.AreEqual(7, UptimeCommand.ParseWindow("7d"));
        Assert.AreEqual(45, UptimeCommand.ParseWindow("45d"));
        Assert.IsNull(UptimeCommand.ParseWindow(null));
        Assert.ThrowsExactly<UsageException>(() => UptimeCommand.ParseWindow("0d"));
        Assert.ThrowsExactly<UsageException>(() => UptimeCommand.ParseWindow("3651d"));
        Assert.ThrowsExactly<UsageException>(() => UptimeCommand.ParseWindow("7 d"));
    }
}
