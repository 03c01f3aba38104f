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
        var incremental = new Option<bool>("--incremental")
        {
            Description = "Files whose bytes did not change keep their modification time, so hosts and tools that sync by time upload only what changed.",
        };
        var allWarnings = CommonOptions.AllWarnings();
        var cacheDir = CommonOptions.CacheDir();
        var noCache = CommonOptions.NoCache();
        var command = new Command("build", "Validate the content and write the static site.") { content, output, now, incremental, allWarnings, cacheDir, noCache };
        command.SetAction(parseResult =>
        {
            var contentFolder = CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context);
            var options = new BuildOptions(
                contentFolder,
                SafeOutput(parseResult.GetRequiredValue(output), contentFolder, context),
                CommonOptions.ResolveNow(parseResult.GetValue(now), context))
            {
                KeepUnchangedTimes = parseResult.GetValue(incremental),
                Memo = CommonOptions.ContentCache(parseResult.GetValue(noCache), contentFolder, parseResult.GetValue(cacheDir), context),
            };
            var result = new SiteBuilder(OutputGenerators.All(CommonOptions.ResolveCacheDir(parseResult.GetValue(cacheDir), context), context.WorkingDirectory)).Build(options, context.WorkingDirectory, OutputGenerators.Languages);
            if (DiagnosticOutput.Print(result.Diagnostics, context.Error, allWarnings: parseResult.GetValue(allWarnings)))
            {
                context.Error.WriteLine($"Build failed; '{parseResult.GetRequiredValue(output)}' was left as it was.");
                return ExitCodes.ContentErrors;
            }

            context.Output.WriteLine($"Wrote {result.Paths.Count} files to {parseResult.GetRequiredValue(output)}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The --output folder, resolved, when publishing there cannot move or delete the content or the project.</summary>
    /// <exception cref="UsageException">It is empty, or is, contains or lies inside the content folder, or is or contains the working folder.</exception>
    public static string SafeOutput(string output, string contentFolder, CliContext context)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            throw new UsageException("--output is empty; name a folder of its own for the site, e.g. --output public");
        }

        var full = context.Resolve(output);
        return Publishing.OutputLocation.Conflict(full, contentFolder, context.WorkingDirectory) is { } conflict
            ? throw new UsageException($"--output '{output}' ({full}) {conflict}; the build replaces the whole output folder, so it must be a folder of its own outside the content, e.g. --output public")
            : full;
    }
}
