using System.CommandLine;
using StatusGen.Editing;
using StatusGen.Model;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen resolve &lt;incident&gt; --message M</c>: the Resolved update and 'resolved:' in one step.</summary>
internal static class ResolveCommand
{
    public static Command Create(CliContext context)
    {
        var incident = UpdateCommand.IncidentArgument();
        var message = UpdateCommand.MessageOption();
        message.Description = "Markdown text of the Resolved update: what failed, what was done, whether anything is still affected.";
        var component = UpdateCommand.ComponentOption();
        var content = CommonOptions.Content();
        var now = CommonOptions.Now();
        var command = new Command("resolve", "Resolve an incident: add the Resolved update and set 'resolved:', keeping the file's formatting.")
        {
            incident, message, component, content, now,
        };
        command.SetAction(parseResult => UpdateCommand.Run(context, parseResult, incident, content, now, (found, at, site) =>
            found.Resolved is { } resolved
                ? throw new UsageException($"'{found.Slug}' is already resolved (at {UpdateCommand.Format(resolved, site)}); add a Postmortem with 'statusgen update {found.Slug} --status Postmortem -m \"...\"'")
                : new IncidentEdit
                {
                    At = at,
                    Status = IncidentUpdateStatus.Resolved,
                    Message = parseResult.GetRequiredValue(message),
                    Components = UpdateCommand.Components(parseResult.GetValue(component) ?? [], site),
                    Resolve = true,
                }));
        return command;
    }
}
