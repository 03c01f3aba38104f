using System.Text;

namespace StatusGen.Import;

/// <summary>What writing an import did, file by file.</summary>
public sealed record ImportWriteReport(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, bool SiteYmlKept);

/// <summary>Writes an imported site into a content folder.</summary>
public static class ImportWriter
{
    /// <summary>
    /// Writes site.yml when absent (an existing one is kept), one file per incident under incidents/ and one per
    /// maintenance window under maintenance/.
    /// An existing incident file with other text is overwritten only with <paramref name="overwrite"/>.
    /// </summary>
    /// <exception cref="ImportConflictException">Files exist with other text and overwrite is off; nothing was written.</exception>
    public static ImportWriteReport Write(ImportedSite site, string contentDirectory, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(site);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(site.TimeZoneId);
        var files = site.Incidents
            .Select(i => (Path: Path.Combine("incidents", i.Slug + ".md"), Text: ImportedContentText.Incident(i, timeZone)))
            .Concat(site.Maintenances.Select(m => (Path: Path.Combine("maintenance", m.Slug + ".md"), Text: ImportedContentText.Maintenance(m, timeZone))))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var sitePath = Path.Combine(contentDirectory, "site.yml");
        var siteKept = File.Exists(sitePath);
        if (!siteKept)
        {
            files.Insert(0, ("site.yml", ImportedContentText.SiteYml(site)));
        }

        var conflicts = files
            .Where(f => File.Exists(Path.Combine(contentDirectory, f.Path)) && File.ReadAllText(Path.Combine(contentDirectory, f.Path)) != f.Text)
            .Select(f => f.Path)
            .ToList();
        if (conflicts.Count > 0 && !overwrite)
        {
            throw new ImportConflictException(conflicts);
        }

        var written = new List<string>();
        var unchanged = new List<string>();
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(contentDirectory, path);
            if (File.Exists(full) && File.ReadAllText(full) == text)
            {
                unchanged.Add(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }

        return new ImportWriteReport(written, unchanged, siteKept);
    }
}

public sealed class ImportConflictException(IReadOnlyList<string> paths)
    : Exception($"{paths.Count} file(s) already exist with other text: {string.Join(", ", paths)}")
{
    public IReadOnlyList<string> Paths { get; } = paths;
}
