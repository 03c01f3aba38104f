using System.CommandLine;
using StatusGen.Building;
using StatusGen.Diagnostics;
using StatusGen.Editing;
using StatusGen.Model;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen update &lt;incident&gt; --status S --message M [--component ID=STATUS]...</c>: one command per update during an outage.</summary>
internal static class UpdateCommand
{
    public static Command Create(CliContext context)
    {
        var incident = IncidentArgument();
        var status = new Option<string>("--status")
        {
            Description = "Investigating, Identified, Monitoring, Update or Postmortem (use 'statusgen resolve' to resolve).",
            Required = true,
            HelpName = "status",
        };
        var message = MessageOption();
        var component = ComponentOption();
        var content = CommonOptions.Content();
        var now = CommonOptions.Now();
        var command = new Command("update", "Add a timestamped update to an incident, keeping the file's formatting.")
        {
            incident, status, message, component, content, now,
        };
        command.SetAction(parseResult =>
        {
            var statusText = parseResult.GetRequiredValue(status);
            if (!EnumNames.IncidentUpdateStatuses.TryGetValue(statusText, out var parsed))
            {
                throw new UsageException($"--status '{statusText}' is not an update status ({DidYouMean.Fix(statusText, EnumNames.IncidentUpdateStatuses.Keys)})");
            }

            if (parsed == IncidentUpdateStatus.Resolved)
            {
                throw new UsageException("to resolve an incident, run 'statusgen resolve <incident> --message \"...\"': it also sets 'resolved:'");
            }

            return Run(context, parseResult, incident, content, now, (found, at, site) =>
            {
                if (found.Resolved is { } resolved && parsed != IncidentUpdateStatus.Postmortem)
                {
                    throw new UsageException($"'{found.Slug}' was resolved at {Format(resolved, site)}; only a Postmortem update can follow (--status Postmortem)");
                }

                return new IncidentEdit
                {
                    At = at,
                    Status = parsed,
                    Message = parseResult.GetRequiredValue(message),
                    Components = Components(parseResult.GetValue(component) ?? [], site),
                };
            });
        });
        return command;
    }

    public static Argument<string> IncidentArgument() => new("incident")
    {
        Description = "The incident: its slug, a unique prefix of it (with or without the date), or the file's path.",
    };

    public static Option<string> MessageOption() => new("--message", "-m")
    {
        Description = "Markdown text of the update: what is known, what is being done, when the next update comes.",
        Required = true,
        HelpName = "text",
    };

    public static Option<string[]> ComponentOption() => new("--component")
    {
        Description = "A component's new status from now on, as ID=STATUS (degraded_performance, partial_outage, major_outage, operational). Repeatable.",
        HelpName = "id=status",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Loads the content, finds the incident, applies the edit the callback builds, prints what changed.</summary>
    public static int Run(
        CliContext context, ParseResult parseResult, Argument<string> incident, Option<string> content, Option<string?> now,
        Func<Incident, DateTimeOffset, SiteConfig, IncidentEdit> buildEdit)
    {
        var at = CommonOptions.ResolveNow(parseResult.GetValue(now), context);
        var check = SiteBuilder.Check(CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context), at, context.WorkingDirectory, OutputGenerators.Languages);
        if (check.Content is null)
        {
            DiagnosticOutput.Print(check.Diagnostics, context.Error);
            return ExitCodes.ContentErrors;
        }

        Incident found;
        try
        {
            found = IncidentFiles.Find(check.Content, parseResult.GetRequiredValue(incident), context.WorkingDirectory);
        }
        catch (IncidentReferenceException e)
        {
            if (!check.HasErrors)
            {
                throw new UsageException(e.Message);
            }

            // The incident may be one of the files that did not load: its errors are the thing to fix.
            DiagnosticOutput.Print([.. check.Diagnostics.Where(d => d.IsError)], context.Error);
            context.Error.WriteLine($"statusgen: {e.Message}. An incident file with errors cannot be edited; fix the errors above first.");
            return ExitCodes.ContentErrors;
        }

        EditOutcome outcome;
        try
        {
            outcome = IncidentFiles.Edit(check.Content, found, buildEdit(found, at, check.Content.Site), at);
        }
        catch (EditRefusedException e)
        {
            context.Error.WriteLine($"{found.Source.DisplayPath}: not changed: {e.Message}");
            return ExitCodes.ContentErrors;
        }

        if (!outcome.Written)
        {
            DiagnosticOutput.Print(outcome.Errors, context.Error);
            context.Error.WriteLine($"{found.Source.DisplayPath}: not changed, because the edit would give the errors above.");
            return ExitCodes.ContentErrors;
        }

        context.Output.WriteLine($"Updated {found.Source.DisplayPath}:");
        foreach (var change in outcome.Changes)
        {
            context.Output.WriteLine($"  {change}");
        }

        return ExitCodes.Success;
    }

    public static IReadOnlyList<ComponentStatusEdit> Components(IEnumerable<string> values, SiteConfig site)
    {
        var statuses = EnumNames.ComponentStatuses.Where(p => p.Value != ComponentStatus.UnderMaintenance).ToDictionary(p => p.Key, p => p.Value);
        var edits = new List<ComponentStatusEdit>();
        foreach (var value in values)
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new UsageException($"--component '{value}' is not ID=STATUS, e.g. --component api=degraded_performance");
            }

            if (site.FindComponent(parts[0]) is null)
            {
                throw new UsageException($"--component: unknown component '{parts[0]}' ({DidYouMean.Fix(parts[0], site.Components.Select(c => c.Id))})");
            }

            if (!statuses.TryGetValue(parts[1], out var status))
            {
                throw new UsageException($"--component: unknown status '{parts[1]}' for '{parts[0]}' ({DidYouMean.Fix(parts[1], statuses.Keys)})");
            }

            edits.Add(new ComponentStatusEdit(parts[0], status));
        }

        return edits;
    }

    public static string Format(DateTimeOffset at, SiteConfig site) =>
        TimeZoneInfo.ConvertTime(at, site.TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
