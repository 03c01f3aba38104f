using System.CommandLine;
using StatusGen.Building;
using StatusGen.Import;
using StatusGen.Import.Cstate;
using StatusGen.Import.Statuspage;
using StatusGen.Loading;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen import cstate|statuspage &lt;source&gt; --content DIR</c>: migrate a status page, keeping every incident.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context) =>
        new("import", "Migrate another status page's incidents into a content folder.")
        {
            Source(context, "cstate", "a cState site: the folder with config.yml and content/issues/", CstateImporter.Import),
            Source(context, "statuspage", "an Atlassian Statuspage export: a folder with summary.json and/or incidents.json from /api/v2/", StatuspageImporter.Import),
        };

    private static Command Source(CliContext context, string name, string what, Func<string, string, DateTimeOffset, ImportResult> import)
    {
        var source = new Argument<string>("source") { Description = $"The folder of {what}." };
        var content = CommonOptions.Content();
        var now = CommonOptions.Now();
        var force = new Option<bool>("--force") { Description = "Overwrite incident files that exist with other text (site.yml is never overwritten)." };
        var command = new Command(name, $"Import {what}.") { source, content, now, force };
        command.SetAction(parseResult =>
        {
            var from = context.Resolve(parseResult.GetRequiredValue(source));
            if (!Directory.Exists(from))
            {
                throw new UsageException($"'{parseResult.GetRequiredValue(source)}' is not a folder");
            }

            var at = CommonOptions.ResolveNow(parseResult.GetValue(now), context);
            var result = import(from, context.WorkingDirectory, at);
            DiagnosticOutput.Print(result.Diagnostics, context.Error);
            if (result.Site is null)
            {
                context.Error.WriteLine("Nothing was written; fix the errors above in the source and import again.");
                return ExitCodes.ContentErrors;
            }

            var target = context.Resolve(parseResult.GetRequiredValue(content));
            ImportWriteReport report;
            try
            {
                report = ImportWriter.Write(result.Site!, target, parseResult.GetValue(force));
            }
            catch (ImportConflictException e)
            {
                context.Error.WriteLine($"statusgen: {e.Message}; nothing was written. Pass --force to overwrite them.");
                return ExitCodes.ContentErrors;
            }

            var shown = parseResult.GetRequiredValue(content);
            var site = result.Site;
            context.Output.WriteLine($"Imported {Count(site.Incidents.Count, "incident")}, {Count(site.Maintenances.Count, "maintenance window")} and {Count(site.Components.Count, "component")} into {shown}: {Count(report.Written.Count, "file")} written, {report.Unchanged.Count} unchanged.");
            if (report.SiteYmlKept)
            {
                KeptSiteYml(context, shown, target, site);
            }

            if (result.HasErrors)
            {
                context.Error.WriteLine("Some source files could not be imported (errors above); everything else was written. Fix them and import again.");
                return ExitCodes.ContentErrors;
            }

            var check = SiteBuilder.Check(target, at, context.WorkingDirectory, OutputGenerators.Languages);
            if (check.HasErrors)
            {
                DiagnosticOutput.Print([.. check.Diagnostics.Where(d => d.IsError)], context.Error);
                context.Error.WriteLine("The imported content does not check clean; fix the errors above.");
                return ExitCodes.ContentErrors;
            }

            // Run as printed, the build must find the folder just written: plain 'statusgen build' reads ./content only.
            var build = shown == "content" ? "statusgen build" : $"statusgen build --content {shown}";
            context.Output.WriteLine(result.Diagnostics.IsEmpty
                ? $"Checked {shown}: no errors. Next: {build}"
                : $"Checked {shown}: no errors. Review the warnings above, then: {build}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Names only what the kept site.yml lacks: a re-import into the site.yml the first import wrote needs nothing, and
    /// telling the user to add a lint.since it already has invites a second 'lint:' key.
    /// </summary>
    private static void KeptSiteYml(CliContext context, string shown, string target, ImportedSite site)
    {
        var (config, _) = ContentLoader.LoadSiteConfig(target, context.WorkingDirectory, OutputGenerators.Languages);
        var missing = site.Components.Where(c => config?.FindComponent(c.Id) is null).Select(c => c.Id).ToList();
        var needsSince = site.HistoryEnds is not null && config?.Lint.Since is null;
        if (missing.Count == 0 && !needsSince)
        {
            context.Output.WriteLine($"Kept the existing {shown}/site.yml; it defines every imported component and its lint.since.");
            return;
        }

        context.Output.WriteLine(missing.Count == 0
            ? $"Kept the existing {shown}/site.yml; it defines every imported component."
            : $"Kept the existing {shown}/site.yml; make sure it defines these components: {string.Join(", ", missing)}.");
        if (needsSince)
        {
            context.Output.WriteLine($"To lint only what comes after the imported history, add to it: 'lint:' with 'since: {ImportedContentText.Timestamp(site.HistoryEnds!.Value, TimeZoneInfo.Utc)}'.");
        }
    }

    // "1 incident", "2 incidents": every noun of the import summary takes a plain "s".
    private static string Count(int count, string noun) =>
        count == 1 ? $"1 {noun}" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}s");
}
