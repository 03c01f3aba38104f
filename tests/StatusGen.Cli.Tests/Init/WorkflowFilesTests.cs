using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Cli.Tests.Init;

/// <summary>The GitHub Actions workflows (the examples `init` writes, and this repository's release) say what the docs promise.</summary>
[TestClass]
public sealed class WorkflowFilesTests
{
    private const string Deploy = "examples/github-actions/statusgen.yml";
    private const string Schedule = "examples/github-actions/statusgen-schedule.yml";
    private const string Release = ".github/workflows/release.yml";

    // The current major of each action the workflows use; an older one fails (a newer one is fine).
    private static readonly Dictionary<string, int> CurrentMajors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = 5,
        ["actions/setup-dotnet"] = 5,
        ["actions/cache"] = 4,
        ["actions/upload-pages-artifact"] = 4,
        ["actions/deploy-pages"] = 4,
        ["actions/upload-artifact"] = 4,
        ["actions/download-artifact"] = 4,
        ["docker/setup-buildx-action"] = 3,
        ["docker/login-action"] = 3,
        ["docker/metadata-action"] = 5,
        ["docker/build-push-action"] = 6,
    };

    [TestMethod]
    public void RebuildsOnASchedulePutInItsOwnWorkflow()
    {
        var deploy = Load(Deploy);
        var schedule = Load(Schedule);

        Assert.IsFalse(Triggers(deploy).Contains("schedule"), "the deploy workflow must not hold the schedule");
        Assert.IsTrue(Triggers(deploy).Contains("workflow_call"), "the schedule calls the deploy workflow");
        CollectionAssert.AreEqual(new[] { "schedule" }, Triggers(schedule).ToArray());
        var cron = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)schedule["on"])["schedule"])[0];
        Assert.AreEqual("*/15 * * * *", Text(cron["cron"]));
        var jobs = (YamlMappingNode)schedule["jobs"];
        Assert.AreEqual("./.github/workflows/statusgen.yml", Text(((YamlMappingNode)jobs.Children.Single().Value)["uses"]));
        var permissions = (YamlMappingNode)schedule["permissions"];
        Assert.AreEqual("write", Text(permissions["pages"]));
        Assert.AreEqual("write", Text(permissions["id-token"]));
    }

    [TestMethod]
    public void NotesTheCostOfTheScheduleInAPrivateRepository()
    {
        var text = File.ReadAllText(RepositoryRoot.File(Schedule));

        Assert.Contains("about\n# 5,800 job minutes a month", text.ReplaceLineEndings("\n"));
        Assert.Contains("60 days without", text);
    }

    [TestMethod]
    [DataRow(Deploy)]
    [DataRow(Release)]
    public void UsesEveryActionAtItsCurrentMajor(string path)
    {
        var uses = Steps(Load(path)).Select(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) ? Text(u) : null).OfType<string>().ToList();
        Assert.AreNotEqual(0, uses.Count);
        foreach (var use in uses)
        {
            var match = Regex.Match(use, @"^([\w.-]+/[\w.-]+)(?:/[\w./-]+)?@v(\d+)$");
            Assert.IsTrue(match.Success, $"{path}: '{use}' is not pinned to a major version");
            Assert.IsTrue(CurrentMajors.TryGetValue(match.Groups[1].Value, out var major), $"{path}: add {match.Groups[1].Value} to the table of current majors");
            Assert.IsTrue(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= major, $"{path}: {use} is older than v{major}");
        }
    }

    [TestMethod]
    public void CachesTheToolBeforeEveryRestore()
    {
        var jobs = (YamlMappingNode)Load(Deploy)["jobs"];
        var restoring = 0;
        foreach (var (_, job) in jobs.Children)
        {
            if (!((YamlMappingNode)job).Children.TryGetValue(new YamlScalarNode("steps"), out var stepsNode))
            {
                continue;
            }

            var steps = ((YamlSequenceNode)stepsNode).Cast<YamlMappingNode>().ToList();
            var restore = steps.FindIndex(s => Run(s).Contains("dotnet tool restore", StringComparison.Ordinal));
            if (restore < 0)
            {
                continue;
            }

            restoring++;
            var cache = steps.FindIndex(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && Text(u).StartsWith("actions/cache@", StringComparison.Ordinal));
            Assert.IsTrue(cache >= 0 && cache < restore, "the tool cache must come before 'dotnet tool restore'");
            Assert.Contains("hashFiles('.config/dotnet-tools.json')", Text(((YamlMappingNode)steps[cache]["with"])["key"]));
        }

        Assert.AreEqual(3, restoring, "the check, build and notify jobs restore the tool");
    }

    [TestMethod]
    public void ReleasesOnATagAfterTheTestsPass()
    {
        var release = Load(Release);
        var push = (YamlMappingNode)((YamlMappingNode)release["on"])["push"];
        Assert.AreEqual("v*", Text(((YamlSequenceNode)push["tags"])[0]));
        var jobs = (YamlMappingNode)release["jobs"];
        Assert.AreEqual("test", Needs(jobs, "pack"));
        Assert.AreEqual("pack", Needs(jobs, "publish-package"));
        Assert.AreEqual("test", Needs(jobs, "publish-image"));
        var runs = string.Join("\n", Steps(release).Select(Run));
        Assert.Contains("bash build/test.sh", runs);
        Assert.Contains("dotnet tool restore", runs);
        Assert.Contains("dotnet pack src/StatusGen.Cli", runs);
        Assert.Contains("dotnet nuget push", runs);
        Assert.IsTrue(Steps(release).Any(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && Text(u).StartsWith("docker/build-push-action@", StringComparison.Ordinal)));
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryRoot.File(path));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<string> Triggers(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["on"]).Children.Keys.Select(Text);

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Cast<YamlMappingNode>() : []);

    private static string Run(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? Text(run) : "";

    private static string Needs(YamlMappingNode jobs, string job) => Text(((YamlMappingNode)jobs[job])["needs"]);

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
}
