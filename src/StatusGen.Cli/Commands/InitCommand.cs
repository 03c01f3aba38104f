using System.CommandLine;
using StatusGen.Building;
using StatusGen.Cli.Init;
using StatusGen.Loading;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen init [DIR]</c>: lays out a new status-page repository (content, .gitignore, Netlify, GitHub Actions).</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The repository folder to lay out (created when missing). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var title = new Option<string?>("--title") { Description = "The status page's title, e.g. \"Acme Status\".", HelpName = "text" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site will be served, e.g. https://status.example.com/.", HelpName = "url" };
        var language = new Option<string?>("--language") { Description = $"The page's language: {string.Join(" or ", OutputGenerators.Languages)}.", HelpName = "code" };
        var timeZone = new Option<string?>("--timezone") { Description = "IANA time zone that times in incident files are local to, e.g. Europe/Berlin.", HelpName = "zone" };
        var component = new Option<string[]>("--component")
        {
            Description = "A component as ID=Name, e.g. api=API. Repeatable.",
            HelpName = "id=name",
            AllowMultipleArgumentsPerToken = false,
        };
        var fromCstate = new Option<string?>("--from-cstate") { Description = "Start from a cState site: import its incidents and components (as 'import cstate').", HelpName = "dir" };
        var fromStatuspage = new Option<string?>("--from-statuspage")
        {
            Description = "Start from an Atlassian Statuspage export: its folder, or a JSON file in it (as 'import statuspage').",
            HelpName = "path",
        };
        var now = CommonOptions.Now();
        var command = new Command("init", "Start a status-page repository: content/site.yml, .gitignore, netlify.toml, GitHub Actions workflows. Never overwrites a file.")
        {
            directory, title, baseUrl, language, timeZone, component, fromCstate, fromStatuspage, now,
        };
        command.SetAction(parseResult =>
        {
            var options = new InitOptions(
                parseResult.GetValue(title), parseResult.GetValue(baseUrl), parseResult.GetValue(language), parseResult.GetValue(timeZone),
                parseResult.GetValue(component) ?? []);
            var root = context.Resolve(parseResult.GetValue(directory) ?? ".");
            var at = CommonOptions.ResolveNow(parseResult.GetValue(now), context);
            var import = ImportSource(parseResult.GetValue(fromCstate), parseResult.GetValue(fromStatuspage), options);
            NewSite? site = null;
            var imported = ExitCodes.Success;
            if (import is not null)
            {
                Directory.CreateDirectory(root);
                imported = RunImport(context, import.Value, root, parseResult.GetValue(now));
                if (imported is not ExitCodes.Success and not ExitCodes.ContentErrors)
                {
                    return imported;
                }
            }
            else if (!File.Exists(Path.Combine(root, "content", "site.yml")))
            {
                site = InitAnswers.Collect(options, Interactive(context), context.Output, zone => SiteDay(at, zone));
                if (!IsValid(site, context))
                {
                    return ExitCodes.UsageError;
                }
            }

            var report = LayoutWriter.Write(root, RepositoryLayout.Files(site, GeneratorInfo.Version));
            if (site is null && import is null)
            {
                // An existing site.yml is kept, so there was nothing to ask or default.
                report = report with { Skipped = ["content/site.yml", .. report.Skipped] };
            }

            // An import with content errors has reported them; the layout is still written, so fixing them is all that is left.
            return imported == ExitCodes.ContentErrors ? Listed(report, root, context, imported) : Report(report, root, at, context);
        });
        return command;
    }

    private static (string Kind, string Path)? ImportSource(string? cstate, string? statuspage, InitOptions options)
    {
        if (cstate is not null && statuspage is not null)
        {
            throw new UsageException("--from-cstate and --from-statuspage cannot be combined: start from one import");
        }

        var source = cstate is not null ? ("cstate", cstate) : statuspage is not null ? ("statuspage", statuspage) : ((string, string)?)null;
        return source is not null && options.Any
            ? throw new UsageException("--title, --base-url, --language, --timezone and --component cannot be combined with an import: the import writes site.yml from the source; edit content/site.yml afterwards")
            : source;
    }

    /// <summary>Runs the <c>import</c> command itself, so init and import cannot drift apart.</summary>
    private static int RunImport(CliContext context, (string Kind, string Path) source, string root, string? now)
    {
        var from = context.Resolve(source.Path);
        if (source.Kind == "statuspage" && File.Exists(from))
        {
            from = Path.GetDirectoryName(from)!;
        }

        var content = Path.GetRelativePath(context.WorkingDirectory, Path.Combine(root, "content"));
        string[] args = ["import", source.Kind, from, "--content", content, .. now is null ? Array.Empty<string>() : ["--now", now]];
        return StatusGenCli.CreateRoot(context).Parse(args).Invoke(new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>The terminal to ask on, or null: nobody answers prompts in CI or when stdin is redirected.</summary>
    private static TextReader? Interactive(CliContext context) =>
        string.Equals(context.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null : context.Input;

    private static DateOnly SiteDay(DateTimeOffset at, string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.Utc).DateTime);

    /// <summary>Reads the site.yml about to be written with the loader itself, so init applies exactly check's rules.</summary>
    private static bool IsValid(NewSite site, CliContext context)
    {
        var scratch = Directory.CreateTempSubdirectory("statusgen-init-");
        try
        {
            File.WriteAllText(Path.Combine(scratch.FullName, "site.yml"), SiteYmlText.For(site));
            var (_, diagnostics) = ContentLoader.LoadSiteConfig(scratch.FullName, scratch.FullName, OutputGenerators.Languages);
            foreach (var error in diagnostics.Where(d => d.IsError))
            {
                context.Error.WriteLine($"statusgen: init: {error.Message}{(error.Fix is null ? "" : $" ({error.Fix})")}");
            }

            return !diagnostics.Any(d => d.IsError);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Lists what was created and skipped; returns <paramref name="code"/>.</summary>
    private static int Listed(LayoutReport report, string root, CliContext context, int code)
    {
        var prefix = Prefix(root, context);
        foreach (var path in report.Written)
        {
            context.Output.WriteLine($"  created {prefix}{path}");
        }

        foreach (var path in report.Skipped)
        {
            context.Output.WriteLine($"  skipped {prefix}{path} (it exists; left as it was)");
        }

        return code;
    }

    /// <summary>The folder as the user would type it, with a trailing '/', or "" for the working directory.</summary>
    private static string Prefix(string root, CliContext context)
    {
        var shown = Path.GetRelativePath(context.WorkingDirectory, root).Replace(Path.DirectorySeparatorChar, '/');
        return shown == "." ? "" : $"{shown}/";
    }

    private static int Report(LayoutReport report, string root, DateTimeOffset at, CliContext context)
    {
        Listed(report, root, context, ExitCodes.Success);
        var prefix = Prefix(root, context);

        var check = SiteBuilder.Check(Path.Combine(root, "content"), at, context.WorkingDirectory, OutputGenerators.Languages);
        if (check.HasErrors)
        {
            DiagnosticOutput.Print([.. check.Diagnostics.Where(d => d.IsError)], context.Error);
            context.Error.WriteLine($"{prefix}content does not check clean; fix the errors above.");
            return ExitCodes.ContentErrors;
        }

        context.Output.WriteLine(prefix.Length == 0 ? "Next: edit content/site.yml, then" : $"Next: edit {prefix}content/site.yml, then\n  cd {prefix.TrimEnd('/')}");
        context.Output.WriteLine("""
              statusgen new incident --content content --title "..." --component ID=major_outage
              statusgen check --content content && statusgen build --content content --output public
            """);
        return ExitCodes.Success;
    }
}
