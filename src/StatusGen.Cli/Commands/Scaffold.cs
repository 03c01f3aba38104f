using System.Text;
using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;

namespace StatusGen.Cli.Commands;

/// <summary>What `new incident` and `new maintenance` share: reading site.yml, checking ids and writing a fresh file.</summary>
internal static class Scaffold
{
    /// <returns>The site, or null after printing site.yml's errors (exit code 1).</returns>
    public static SiteConfig? LoadSite(string contentDirectory, CliContext context)
    {
        var (config, diagnostics) = ContentLoader.LoadSiteConfig(contentDirectory, context.WorkingDirectory, OutputGenerators.Languages);
        DiagnosticOutput.Print(diagnostics.Where(d => d.IsError).ToList(), context.Error);
        return config;
    }

    /// <summary>
    /// The title, trimmed. Control characters include CR, LF and NEL (U+0085); YAML also breaks lines at U+2028 and
    /// U+2029, and would fold any of them into something other than what was typed.
    /// </summary>
    /// <exception cref="UsageException">It is empty or not one line of text.</exception>
    public static string Title(string title) =>
        string.IsNullOrWhiteSpace(title) || title.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')
            ? throw new UsageException("--title must be one line of text without control characters or line separators, e.g. --title \"Elevated error rates on the API\".")
            : title.Trim();

    /// <exception cref="UsageException">The id is not configured in site.yml.</exception>
    public static Component Component(string id, SiteConfig site) =>
        site.FindComponent(id) ?? throw new UsageException($"--component: unknown component '{id}' ({DidYouMean.Fix(id, site.Components.Select(c => c.Id))}).");

    /// <exception cref="UsageException">The timestamp is malformed or ambiguous.</exception>
    public static DateTimeOffset Timestamp(string option, string text, TimeZoneInfo zone) =>
        Timestamps.Parse(text, zone, out var error) ?? throw new UsageException($"{option}: {error!.Message} ({error.Fix}).");

    /// <summary>A YAML double-quoted scalar, safe for any one-line title.</summary>
    public static string Quote(string text) => $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    /// <summary>"A, B and C" in the site's language.</summary>
    public static string Names(IEnumerable<Component> components, string language) =>
        Localization.SiteText.For(language).List(components.Select(c => c.Name));

    /// <summary>A sentence from the site's language file, filled in (the first update of a new file).</summary>
    public static string Sentence(string format, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    /// <summary>
    /// Writes the file under folder/ as date-slug.md, adding -2, -3, ... rather than overwriting; returns the path to print.
    /// The text is read back with the real loader first: what is written is what check and build will read.
    /// </summary>
    /// <exception cref="UsageException">The loader would reject the file or read its title differently; nothing was written.</exception>
    public static string Write(string contentDirectory, string folder, DateOnly date, string title, string text, SiteConfig site, CliContext context)
    {
        var directory = Path.Combine(contentDirectory, folder);
        var stem = FormattableString.Invariant($"{date:yyyy-MM-dd}-{Slug.From(title, folder == "incidents" ? "incident" : "maintenance")}");
        if (Editing.NewFileCheck.Problem(site, folder, $"{folder}/{stem}.md", text, title) is { } problem)
        {
            throw new UsageException($"the new file would not read back as written, so it was not written: {problem}");
        }

        Directory.CreateDirectory(directory);
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(directory, n == 1 ? $"{stem}.md" : $"{stem}-{n}.md");
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.UTF8.GetBytes(text));
                return Path.GetRelativePath(context.WorkingDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
            }
            catch (IOException) when (File.Exists(path))
            {
                // Taken (perhaps by a colleague's incident of the same minute): never overwrite, try the next suffix.
            }
        }
    }

    public static DateTimeOffset ToMinute(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), at.Offset);
}
