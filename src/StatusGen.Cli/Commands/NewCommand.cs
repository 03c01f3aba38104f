using System.CommandLine;

namespace StatusGen.Cli.Commands;

// PLACEHOLDER: `new incident` and `new maintenance` are implemented in the core pipeline issue (#2).
internal static class NewCommand
{
    public static Command Create(CliContext context) =>
        new("new", "Scaffold a correctly named, valid incident or maintenance file.");
}
