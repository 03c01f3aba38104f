using System.CommandLine;
using StatusGen.Building;
using StatusGen.Diagnostics;

namespace StatusGen.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var now = CommonOptions.Now();
        var format = new Option<string>("--format")
        {
            Description = "text: path:line:col lines on stderr; github: annotations for GitHub Actions pull requests on stdout.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github");
        var strict = new Option<bool>("--strict") { Description = "Treat warnings, such as the communication lint (SG05xx), as errors." };
        var allWarnings = CommonOptions.AllWarnings();
        var cacheDir = CommonOptions.CacheDir();
        var noCache = CommonOptions.NoCache();
        var command = new Command("check", "Validate the content and the site's own templates without writing the site.") { content, now, format, strict, allWarnings, cacheDir, noCache };
        command.SetAction(parseResult =>
        {
            var contentFolder = CommonOptions.ResolveContent(parseResult.GetRequiredValue(content), context);
            var at = CommonOptions.ResolveNow(parseResult.GetValue(now), context);
            var memo = CommonOptions.ContentCache(parseResult.GetValue(noCache), contentFolder, parseResult.GetValue(cacheDir), context);
            var result = memo is null
                ? SiteBuilder.Check(contentFolder, at, context.WorkingDirectory, OutputGenerators.Languages)
                : SiteBuilder.Check(contentFolder, at, context.WorkingDirectory, OutputGenerators.Languages, memo);

            // The site's own templates are compiled too (and cached), so a pull request that breaks the theme fails its check.
            result = SiteBuilder.WithOutputChecks(result, OutputGenerators.All(CommonOptions.ResolveCacheDir(parseResult.GetValue(cacheDir), context), context.WorkingDirectory), context.WorkingDirectory);
            var selectedFormat = parseResult.GetValue(format) == "github" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text;
            var diagnostics = parseResult.GetValue(strict) ? [.. result.Diagnostics.Select(d => d with { Severity = Severity.Error })] : result.Diagnostics;
            var failed = DiagnosticOutput.Print(diagnostics, selectedFormat == DiagnosticFormat.GitHub ? context.Output : context.Error, selectedFormat, parseResult.GetValue(allWarnings));
            if (!failed)
            {
                context.Output.WriteLine($"{parseResult.GetRequiredValue(content)}: no errors");
            }

            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
