using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace StatusGen.Cli;

/// <summary>The usual help, and under the root command's help where to read on, the exit codes and a first session.</summary>
internal sealed class RootHelp(HelpAction standard) : SynchronousCommandLineAction
{
    public const string Epilogue = """
        Example:
          statusgen init my-status --title "Acme Status" --component api=API
          statusgen new incident --content my-status/content --title "API errors" --component api=major_outage
          statusgen build --content my-status/content --output my-status/public

        Exit codes: 0 success, 1 content errors (printed as path:line:col), 2 usage error,
          3 files could not be read or written, 70 internal error (please report it).

        Documentation: https://github.com/statusgen/statusgen/tree/main/docs (cli.md: every command and option).
        """;

    /// <summary>As the standard help: `new incident --help` shows the help, not "--title is required".</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command is RootCommand)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Epilogue.ReplaceLineEndings("\n"));
        }

        return code;
    }
}
