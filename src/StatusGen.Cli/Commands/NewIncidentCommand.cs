using System.CommandLine;
using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen new incident</c>: a valid incident file with a first Investigating update, ready to edit.</summary>
internal static class NewIncidentCommand
{
    private static readonly string[] Statuses = ["degraded_performance", "partial_outage", "major_outage"];

    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var title = new Option<string>("--title") { Description = "The incident's title, as visitors will read it.", Required = true };
        var components = new Option<string[]>("--component")
        {
            Description = "An affected component and its status, e.g. api=major_outage (degraded_performance, partial_outage, major_outage). Repeat for several.",
            Required = true,
            HelpName = "id=status",
        };
        var impact = new Option<string?>("--impact") { Description = "none, minor, major or critical. Default: derived from the worst component status." };
        var now = CommonOptions.Now();
        var command = new Command("incident", "Write content/incidents/<date>-<slug>.md starting now, and print its path.") { content, title, components, impact, now };
        command.SetAction(parseResult =>
        {
            var directory = CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context);
            var at = Scaffold.ToMinute(CommonOptions.ResolveNow(parseResult.GetValue(now), context));
            var titleText = Scaffold.Title(parseResult.GetRequiredValue(title));
            var impactText = parseResult.GetValue(impact);
            if (impactText is not null && !EnumNames.Impacts.ContainsKey(impactText))
            {
                throw new UsageException($"--impact: unknown impact '{impactText}' ({DidYouMean.Fix(impactText, EnumNames.Impacts.Keys)}).");
            }

            var site = Scaffold.LoadSite(directory, context);
            if (site is null)
            {
                return ExitCodes.ContentErrors;
            }

            var affected = parseResult.GetRequiredValue(components).Select(c => Affected(c, site)).ToList();
            var text = Text(titleText, at, impactText, affected, site);
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, site.TimeZone).DateTime);
            context.Output.WriteLine(Scaffold.Write(directory, "incidents", date, titleText, text, site, context));
            return ExitCodes.Success;
        });
        return command;
    }

    private static (Component Component, string Status) Affected(string value, SiteConfig site)
    {
        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            throw new UsageException($"--component '{value}' needs a status: write it like --component {value}=major_outage.");
        }

        var component = Scaffold.Component(parts[0], site);
        return Statuses.Contains(parts[1])
            ? (component, parts[1])
            : throw new UsageException($"--component: unknown status '{parts[1]}' for '{parts[0]}' ({DidYouMean.Fix(parts[1], Statuses)}).");
    }

    private static string Text(string title, DateTimeOffset at, string? impact, List<(Component Component, string Status)> affected, SiteConfig site)
    {
        var when = Timestamps.Format(at, site.TimeZone);
        var names = Scaffold.Names(affected.Select(a => a.Component).DistinctBy(c => c.Id), site.Language);
        var minutes = (int)site.Lint.UpdateCadence.TotalMinutes;
        var update = Scaffold.Sentence(Localization.SiteText.For(site.Language).ScaffoldInvestigating, names, minutes);
        var lines = new List<string>
        {
            "---",
            "# Edit the update below: what users notice, what you are doing, when the next update comes.",
            "# Add 'resolved: YYYY-MM-DD HH:MM' and a '## ... Resolved' update when it is over.",
            $"title: {Scaffold.Quote(title)}",
            $"started: {when}",
        };
        if (impact is not null)
        {
            lines.Add($"impact: {impact}");
        }

        lines.Add("components:");
        lines.AddRange(affected.DistinctBy(a => a.Component.Id).Select(a => $"  {a.Component.Id}: {a.Status}"));
        lines.AddRange(["---", "", $"## {when} Investigating", update, ""]);
        return string.Join("\n", lines);
    }
}
