using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Loading;

/// <summary>The Load stage: reads site.yml, then every incident and maintenance file, reporting every problem it finds.</summary>
public static class ContentLoader
{
    /// <param name="contentDirectory">Folder with site.yml, incidents/ and maintenance/.</param>
    /// <param name="displayBase">Folder that diagnostic paths are shown relative to (normally the working directory).</param>
    /// <param name="supportedLanguages">The languages the theme can render; site.yml's 'language' must be one of them.</param>
    /// <param name="memo">What each file produced in the previous load of the same folder (<c>statusgen serve</c>); null reads everything anew.</param>
    public static LoadResult Load(string contentDirectory, string displayBase, IReadOnlyCollection<string> supportedLanguages, ContentFileMemo? memo = null)
    {
        var root = Path.GetFullPath(contentDirectory);
        var diagnostics = new DiagnosticList();
        var site = LoadSite(root, displayBase, supportedLanguages, diagnostics, out var siteText);
        var files = site.ZoneKnown ? diagnostics : new DiagnosticList();
        memo?.Begin();
        var reuse = memo is null ? null : new Reuse(memo, ContentFileMemo.SiteKey(siteText, site));
        var folder = ContentFolder.Of(root);
        var incidents = LoadFolder(folder, "incidents", displayBase, files, reuse, (text, slug, found) => IncidentLoader.Load(text, slug, site, found));
        var maintenances = LoadFolder(folder, "maintenance", displayBase, files, reuse, (text, slug, found) => MaintenanceLoader.Load(text, slug, site, found));
        memo?.End();
        if (!site.ZoneKnown)
        {
            // Without the site's zone, times written without an offset were read as UTC: comparing them with times
            // that carry an offset reports errors that are not there. site.yml's own error is what to fix first.
            diagnostics.AddRange(files.ToImmutable().Where(d => !ZoneDependent.Contains(d.Code)));
        }

        var content = site.Config is null ? null : new SiteContent
        {
            ContentRoot = root,
            Site = site.Config,
            Incidents = [.. incidents.OrderByDescending(i => i.Started).ThenBy(i => i.Slug, StringComparer.Ordinal)],
            Maintenances = [.. maintenances.OrderByDescending(m => m.Scheduled).ThenBy(m => m.Slug, StringComparer.Ordinal)],
        };
        return new LoadResult(content, diagnostics.ToImmutable());
    }

    /// <summary>Reads only site.yml (what <c>statusgen new</c> needs); Config is null when it has errors.</summary>
    public static (SiteConfig? Config, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) LoadSiteConfig(
        string contentDirectory, string displayBase, IReadOnlyCollection<string> supportedLanguages)
    {
        var diagnostics = new DiagnosticList();
        var site = LoadSite(Path.GetFullPath(contentDirectory), displayBase, supportedLanguages, diagnostics, out _);
        return (site.Config, diagnostics.ToImmutable());
    }

    /// <summary>The checks that compare a content time with another time, which mean nothing when the zone is unknown.</summary>
    private static readonly DiagnosticCode[] ZoneDependent =
    [
        DiagnosticCodes.StatusChangeOutsideIncident, DiagnosticCodes.UpdateBeforeStart, DiagnosticCodes.ResolvedInFuture,
        DiagnosticCodes.StartedInFuture, DiagnosticCodes.StatusChangeInFuture, DiagnosticCodes.UpdateInFuture,
    ];

    /// <param name="text">site.yml's text as read, null when it could not be read.</param>
    private static SiteContext LoadSite(string root, string displayBase, IReadOnlyCollection<string> languages, DiagnosticList diagnostics, out string? text)
    {
        text = null;
        var file = Describe(Path.Combine(root, "site.yml"), displayBase);
        if (!File.Exists(file.FullPath))
        {
            var fix = File.Exists(Path.Combine(root, "site.yaml")) ? "rename site.yaml to site.yml" : "run 'statusgen init' to create one, or pass the right folder with --content";
            diagnostics.Error(DiagnosticCodes.MissingSiteFile, file.At(1, 1), "site.yml not found", fix);
            return new SiteContext(null, TimeZoneInfo.Utc, null, ZoneKnown: false);
        }

        var source = ContentFileReader.Read(file, root, diagnostics);
        text = source?.Text;
        return source is null ? new SiteContext(null, TimeZoneInfo.Utc, null, ZoneKnown: false) : SiteConfigLoader.Load(source, root, languages, diagnostics);
    }

    private sealed record Reuse(ContentFileMemo Memo, string SiteKey);

    private static List<T> LoadFolder<T>(ContentFolder root, string folder, string displayBase, DiagnosticList diagnostics, Reuse? reuse, Func<SourceText, string, DiagnosticList, T?> load)
        where T : class
    {
        var directory = Path.Combine(root.FullPath, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        // Sorted so that diagnostics and ties come out the same on every machine; files are independent, so they
        // load in parallel, each into its own slot, and are merged in name order.
        var paths = Directory.EnumerateFiles(directory).Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal).ToArray();
        var items = new T?[paths.Length];
        var found = new DiagnosticList[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            found[i] = new DiagnosticList();
            items[i] = LoadFile(paths[i], root, folder, displayBase, found[i], reuse, load);
        });
        foreach (var list in found)
        {
            diagnostics.AddRange(list.ToImmutable());
        }

        return [.. items.OfType<T>()];
    }

    private static T? LoadFile<T>(string path, ContentFolder root, string folder, string displayBase, DiagnosticList diagnostics, Reuse? reuse, Func<SourceText, string, DiagnosticList, T?> load)
        where T : class
    {
        var file = Describe(path, displayBase);
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".md", StringComparison.Ordinal))
        {
            diagnostics.Warning(DiagnosticCodes.StrayFile, file.At(1, 1), $"'{name}' is not a .md file and is ignored", $"move it out of {folder}/, or rename it to YYYY-MM-DD-slug.md if it is content");
            return null;
        }

        ContentFileName.Check(file, diagnostics);
        if (reuse is null)
        {
            return ContentFileReader.Read(file, root, diagnostics) is { } text ? load(text, name[..^3], diagnostics) : null;
        }

        // A file the file watcher saw no change to is reused unread (serve); the safety checks ran when it was read.
        if (reuse.Memo.TryReuseUnread(file, reuse.SiteKey, diagnostics, out var kept))
        {
            return (T?)kept;
        }

        // Otherwise the safety checks and the read run every time; only decoding and parsing are reused for the same bytes.
        return ContentFileReader.ReadBytes(file, root, diagnostics) is { } bytes
            ? reuse.Memo.Load(file, bytes, reuse.SiteKey, diagnostics, found => ContentFileReader.Decode(file, bytes, found) is { } text ? load(text, name[..^3], found) : null)
            : null;
    }

    private static SourceFile Describe(string fullPath, string displayBase) =>
        new(Path.GetRelativePath(displayBase, fullPath).Replace(Path.DirectorySeparatorChar, '/'), fullPath);
}
