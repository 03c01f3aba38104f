using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Model;
using StatusGen.Uptime;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen uptime</c>: the uptime figures as a table and, with --explain, where every downtime minute came from.</summary>
internal static partial class UptimeCommand
{
    /// <summary>The same limit as site.yml's uptime.windowDays.</summary>
    private const int MaxWindowDays = 3650;

    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var component = new Option<string?>("--component") { Description = "Only this component (its id in site.yml).", HelpName = "id" };
        var window = new Option<string?>("--window")
        {
            Description = "Window for the WINDOW column and --explain: 7d, 30d, 90d, 365d or any Nd. Default: site.yml uptime.windowDays.",
            HelpName = "Nd",
        };
        var now = CommonOptions.Now();
        var explain = new Option<bool>("--explain") { Description = "List which incidents took how many downtime minutes from which day." };
        var command = new Command("uptime", "Print uptime per component, group and site, as the build computes it.")
        {
            content, component, window, now, explain,
        };
        command.SetAction(parseResult =>
        {
            var windowDays = ParseWindow(parseResult.GetValue(window));
            var at = CommonOptions.ResolveNow(parseResult.GetValue(now), context);
            var result = SiteBuilder.Check(CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context), at, context.WorkingDirectory, OutputGenerators.Languages);
            if (result.HasErrors)
            {
                DiagnosticOutput.Print(result.Diagnostics, context.Error);
                return ExitCodes.ContentErrors;
            }

            Print(result.Content!, at, parseResult.GetValue(component), windowDays, parseResult.GetValue(explain), context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"90d" -> 90; null -> null (the site's window).</summary>
    /// <exception cref="UsageException">Not a whole number of days from 1 to 3660 followed by 'd'.</exception>
    internal static int? ParseWindow(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = WindowPattern().Match(text);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxWindowDays
            ? days
            : throw new UsageException($"--window '{text}' is not a number of days like 7d, 30d, 90d or 365d (1d to {MaxWindowDays}d).");
    }

    /// <summary>Prints the table (and the explanation) for already loaded content.</summary>
    /// <exception cref="UsageException">The component is not in site.yml.</exception>
    internal static void Print(SiteContent content, DateTimeOffset now, string? componentId, int? windowDays, bool explain, TextWriter output)
    {
        var site = content.Site;
        if (componentId is not null && site.FindComponent(componentId) is null)
        {
            throw new UsageException($"unknown component '{componentId}' ({DidYouMean.Fix(componentId, site.Components.Select(c => c.Id))})");
        }

        var days = windowDays ?? site.Uptime.WindowDays;
        var sized = content with { Site = site with { Uptime = site.Uptime with { WindowDays = days } } };
        var report = UptimeCalculator.Compute(sized, now);
        var shown = site.Components.Where(c => componentId is null || c.Id == componentId).ToList();
        UptimeTextWriter.WriteTable(output, sized, report, now, shown, includeSummary: componentId is null);
        if (explain)
        {
            foreach (var component in shown)
            {
                UptimeTextWriter.WriteExplanation(output, sized, component, UptimeExplainer.Explain(sized, now, component.Id, days));
            }
        }
    }

    [GeneratedRegex(@"^(\d{1,5})d$")]
    private static partial Regex WindowPattern();
}
