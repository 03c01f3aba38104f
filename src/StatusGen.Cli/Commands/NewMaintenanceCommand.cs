using System.CommandLine;
using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen new maintenance</c>: a valid maintenance file with a first Scheduled update, ready to edit.</summary>
internal static class NewMaintenanceCommand
{
    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var title = new Option<string>("--title") { Description = "The maintenance's title, as visitors will read it.", Required = true };
        var scheduled = new Option<string>("--scheduled") { Description = "Start: 'YYYY-MM-DD HH:MM' in the site's time zone, or ISO 8601 with an offset.", Required = true, HelpName = "timestamp" };
        var until = new Option<string>("--until") { Description = "End, in the same forms as --scheduled.", Required = true, HelpName = "timestamp" };
        var components = new Option<string[]>("--component") { Description = "An affected component id. Repeat for several.", Required = true, HelpName = "id" };
        var now = CommonOptions.Now();
        var command = new Command("maintenance", "Write content/maintenance/<date>-<slug>.md, and print its path.") { content, title, scheduled, until, components, now };
        command.SetAction(parseResult =>
        {
            var directory = CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context);
            var at = Scaffold.ToMinute(CommonOptions.ResolveNow(parseResult.GetValue(now), context));
            var titleText = Scaffold.Title(parseResult.GetRequiredValue(title));
            var site = Scaffold.LoadSite(directory, context);
            if (site is null)
            {
                return ExitCodes.ContentErrors;
            }

            var from = Scaffold.Timestamp("--scheduled", parseResult.GetRequiredValue(scheduled), site.TimeZone);
            var to = Scaffold.Timestamp("--until", parseResult.GetRequiredValue(until), site.TimeZone);
            if (to <= from)
            {
                throw new UsageException("--until must be after --scheduled.");
            }

            var affected = parseResult.GetRequiredValue(components).Select(id => Scaffold.Component(id, site)).DistinctBy(c => c.Id).ToList();
            var text = Text(titleText, at, from, to, affected, site);
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, site.TimeZone).DateTime);
            context.Output.WriteLine(Scaffold.Write(directory, "maintenance", date, titleText, text, site, context));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(string title, DateTimeOffset at, DateTimeOffset from, DateTimeOffset to, List<Component> affected, SiteConfig site)
    {
        var zone = site.TimeZone;
        var names = Scaffold.Names(affected, site.Language);
        var update = Scaffold.Sentence(Localization.SiteText.For(site.Language).ScaffoldMaintenance, names);
        string[] lines =
        [
            "---",
            "# Edit the text below: what changes for users during the window, and why the work is needed.",
            $"title: {Scaffold.Quote(title)}",
            $"scheduled: {Timestamps.Format(from, zone)}",
            $"until: {Timestamps.Format(to, zone)}",
            "components:",
            .. affected.Select(c => $"  - {c.Id}"),
            "---",
            "",
            $"## {Timestamps.Format(at, zone)} Scheduled",
            update,
            "",
        ];
        return string.Join("\n", lines);
    }
}
