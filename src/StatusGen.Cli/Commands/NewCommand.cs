using System.CommandLine;

namespace StatusGen.Cli.Commands;

internal static class NewCommand
{
    public static Command Create(CliContext context) =>
        new("new", "Scaffold a correctly named, valid incident or maintenance file.")
        {
            NewIncidentCommand.Create(context),
            NewMaintenanceCommand.Create(context),
        };
}
