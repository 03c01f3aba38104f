using System.CommandLine;
using StatusGen.Cli.Theming;
using StatusGen.Diagnostics;
using StatusGen.Themes.Default.Engine;

namespace StatusGen.Cli.Commands;

/// <summary><c>statusgen theme eject|list</c>: start a site's own templates from the default ones, and see which it overrides.</summary>
internal static class ThemeCommand
{
    /// <summary>Where eject puts the templates when site.yml names no theme.path: beside site.yml.</summary>
    public const string DefaultPath = "theme";

    public static Command Create(CliContext context) =>
        new("theme", "Override the default theme's Razor templates: copy them out, list which the site overrides.")
        {
            Eject(context),
            List(context),
        };

    private static Command Eject(CliContext context)
    {
        var content = CommonOptions.Content();
        var templates = new Argument<string[]>("template")
        {
            Description = "Templates to copy by key, e.g. Pages/Incident (default: all of them).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var path = new Option<string?>("--path")
        {
            Description = $"Folder to copy into, relative to site.yml, when site.yml names no theme.path (default: {DefaultPath}).",
            HelpName = "dir",
        };
        var command = new Command("eject", "Copy default templates into the site's theme folder (never overwriting) and set theme.path in site.yml.") { templates, content, path };
        command.SetAction(parseResult =>
        {
            var site = SiteFile(parseResult.GetRequiredValue(content), context);
            var keys = Keys(parseResult.GetValue(templates) ?? []);
            var text = File.ReadAllText(site);
            var folder = SiteYmlThemePath.Read(text) ?? parseResult.GetValue(path) ?? DefaultPath;
            var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(site)!, folder));
            foreach (var key in keys)
            {
                var target = Path.Combine(root, TemplateKey.ToRelativePath(key));
                var shown = Path.GetRelativePath(context.WorkingDirectory, target).Replace('\\', '/');
                if (File.Exists(target))
                {
                    context.Output.WriteLine($"kept     {shown} (exists)");
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
                using (var writer = new StreamWriter(file))
                {
                    writer.Write(DefaultTemplates.Source(key));
                }

                context.Output.WriteLine($"copied   {shown}");
            }

            if (SiteYmlThemePath.Read(text) is null)
            {
                if (SiteYmlThemePath.Add(text, folder) is { } edited)
                {
                    File.WriteAllText(site, edited);
                    context.Output.WriteLine($"site.yml: theme.path set to {folder}");
                }
                else
                {
                    context.Output.WriteLine($"site.yml: add 'path: {folder}' under 'theme:' yourself (its layout is one this command does not edit)");
                }
            }

            context.Output.WriteLine("Edit the copies; templates you did not change are best deleted, so they follow the tool's updates.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var content = CommonOptions.Content();
        var command = new Command("list", "List the default theme's templates and which the site overrides.") { content };
        command.SetAction(parseResult =>
        {
            var site = SiteFile(parseResult.GetRequiredValue(content), context);
            var folder = SiteYmlThemePath.Read(File.ReadAllText(site));
            var root = folder is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(site)!, folder));
            var own = root is not null && Directory.Exists(root) ? TemplateKey.Find(root) : [];
            var width = DefaultTemplates.Keys.Concat(own.Keys).Select(k => k.Length).DefaultIfEmpty(0).Max() + 2;
            foreach (var key in DefaultTemplates.Keys)
            {
                context.Output.WriteLine(own.TryGetValue(key, out var file)
                    ? $"{key.PadRight(width)}overridden by {Shown(file, context)}"
                    : $"{key.PadRight(width)}default");
            }

            foreach (var (key, file) in own.Where(o => !DefaultTemplates.Keys.Contains(o.Key)))
            {
                var typo = DidYouMean.Find(key, DefaultTemplates.Keys) is { } near ? $"a typo of '{near}'? " : "";
                context.Output.WriteLine($"{key.PadRight(width)}site only: {Shown(file, context)} replaces no default template ({typo}fine for a new partial)");
            }

            if (folder is null)
            {
                context.Output.WriteLine("site.yml names no theme.path: the site uses the default theme ('statusgen theme eject' starts one).");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Shown(string file, CliContext context) => Path.GetRelativePath(context.WorkingDirectory, file).Replace('\\', '/');

    private static string SiteFile(string content, CliContext context)
    {
        var site = Path.Combine(CommonOptions.ResolveContent(content, context), "site.yml");
        return File.Exists(site) ? site : throw new UsageException($"there is no site.yml in '{content}'; pass the folder holding it with --content.");
    }

    /// <summary>The named templates (a key, with or without .cshtml), or all of them; an unknown name is a usage error.</summary>
    private static IReadOnlyList<string> Keys(string[] names)
    {
        if (names.Length == 0)
        {
            return DefaultTemplates.Keys;
        }

        var keys = new List<string>();
        foreach (var name in names)
        {
            var key = TemplateKey.FromRelativePath(name) ?? name.Replace('\\', '/');
            keys.Add(DefaultTemplates.Keys.Contains(key)
                ? key
                : throw new UsageException($"the default theme has no template '{name}' ({DidYouMean.Fix(key, DefaultTemplates.Keys)}); 'statusgen theme list' shows them all."));
        }

        return keys;
    }
}
