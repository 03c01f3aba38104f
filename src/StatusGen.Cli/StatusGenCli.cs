using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using StatusGen.Building;
using StatusGen.Cli.Commands;

namespace StatusGen.Cli;

internal static class StatusGenCli
{
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("StatusGen: build a static status page, feeds and JSON API from Markdown incident files.")
        {
            BuildCommand.Create(context),
            CheckCommand.Create(context),
            UptimeCommand.Create(context),
            NewCommand.Create(context),
            UpdateCommand.Create(context),
            ResolveCommand.Create(context),
            ImportCommand.Create(context),
            ServeCommand.Create(context),
            InitCommand.Create(context),
            NotifyCommand.Create(context),
            ThemeCommand.Create(context),
        };

        // The built-in action prints the entry assembly's version, which is the test host's when run in-process.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion(context);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelp((HelpAction)help.Action!);
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = CreateRoot(context);

        // No command at all is someone finding their way: show the help (exit 0), not "Required command was not provided".
        var parseResult = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in TypoSuggestion.Relevant(parseResult))
            {
                context.Error.WriteLine($"statusgen: {TypoSuggestion.Message(error, parseResult)}");
            }

            context.Error.WriteLine("Run 'statusgen --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"statusgen: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"statusgen: {e.Message}");
            return ExitCodes.IoError;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"statusgen: {e.Message}");
            return ExitCodes.IoError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Error.WriteLine($"statusgen: internal error, please report it with this text: {e}");
            return ExitCodes.InternalError;
        }
    }

    private sealed class PrintVersion(CliContext context) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            context.Output.WriteLine(GeneratorInfo.Version);
            return ExitCodes.Success;
        }
    }
}
