using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using StatusGen.Cli;

namespace StatusGen.Cli.Tests;

/// <summary>docs/cli.md documents every command and option that <c>--help</c> lists, found by walking the command tree.</summary>
[TestClass]
public sealed class CliDocsTests
{
    [TestMethod]
    public void DocumentsEveryCommandAndOptionThatTheHelpLists()
    {
        var docs = File.ReadAllText(RepositoryRoot.File("docs/cli.md")).ReplaceLineEndings("\n");
        var root = StatusGenCli.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null, Path.GetTempPath(), _ => null, TimeProvider.System));
        var missing = new List<string>();
        foreach (var (path, command) in Leaves(root, ""))
        {
            if (Section(docs, path) is not { } section)
            {
                missing.Add($"no section '## {path}'");
                continue;
            }

            foreach (var option in command.Options.Where(o => !o.Hidden && o is not HelpOption && o is not VersionOption))
            {
                if (!Regex.IsMatch(section, $@"`{Regex.Escape(option.Name)}[ `]"))
                {
                    missing.Add($"'## {path}' does not mention `{option.Name}`");
                }
            }
        }

        Assert.AreEqual(0, missing.Count, "docs/cli.md is missing:\n" + string.Join("\n", missing));
    }

    [TestMethod]
    public void FindsTheCommandsAddedSinceTheFirstRelease()
    {
        var root = StatusGenCli.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null, Path.GetTempPath(), _ => null, TimeProvider.System));

        var paths = Leaves(root, "").Select(l => l.Path).ToList();

        CollectionAssert.IsSubsetOf(new[] { "init", "update", "resolve", "serve", "import cstate", "uptime", "new incident" }, paths);
    }

    /// <summary>Commands that run something (subcommand groups such as 'new' only hold others), with their paths.</summary>
    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            var path = prefix.Length == 0 ? sub.Name : $"{prefix} {sub.Name}";
            if (sub.Subcommands.Count == 0)
            {
                yield return (path, sub);
            }
            else
            {
                foreach (var leaf in Leaves(sub, path))
                {
                    yield return leaf;
                }
            }
        }
    }

    /// <summary>The text under the '## ' heading that names the command (alone or in a list), up to the next heading.</summary>
    private static string? Section(string docs, string path)
    {
        var heading = Regex.Match(docs, $@"^## (?:.*[ ,`])?{Regex.Escape(path)}(?:[ ,`].*)?$", RegexOptions.Multiline);
        if (!heading.Success)
        {
            return null;
        }

        var next = docs.IndexOf("\n## ", heading.Index + heading.Length, StringComparison.Ordinal);
        return next < 0 ? docs[heading.Index..] : docs[heading.Index..next];
    }
}
