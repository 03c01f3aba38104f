using System.CommandLine;
using StatusGen.Building;

namespace StatusGen.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var output = new Option<string>("--output")
        {
            Description = "Folder the site is written to; replaced only when the build succeeds.",
            DefaultValueFactory = _ => "public",
            HelpName = "dir",
        };
        var now = CommonOptions.Now();
        var command = new Command("build", "Validate the content and write the static site.") { content, output, now };
        command.SetAction(parseResult =>
        {
            var options = new BuildOptions(
                CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context),
                context.Resolve(parseResult.GetRequiredValue(output)),
                CommonOptions.ResolveNow(parseResult.GetValue(now), context));
            var result = new SiteBuilder(OutputGenerators.All()).Build(options, context.WorkingDirectory, OutputGenerators.Languages);
            if (DiagnosticOutput.Print(result.Diagnostics, context.Error))
            {
                context.Error.WriteLine($"Build failed; '{parseResult.GetRequiredValue(output)}' was left as it was.");
                return ExitCodes.ContentErrors;
            }

            context.Output.WriteLine($"Wrote {result.Files.Count} files to {parseResult.GetRequiredValue(output)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
