using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using RazorLight;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// The templates one site renders with: the default theme's, precompiled, with the site's own (site.yml <c>theme.path</c>)
/// in place of those of the same key. A site's templates are compiled once per change and kept in the cache folder.
/// </summary>
public static class SiteTemplates
{
    /// <summary>The cache folder, relative to the folder holding site.yml, unless <c>--cache-dir</c> names another.</summary>
    public const string DefaultCacheFolder = StatusGen.Loading.CacheFolder.Default;

    /// <summary>Each compiled set loaded once per process: a preview server's rebuilds do not load the same assembly again.</summary>
    private static readonly ConcurrentDictionary<string, LoadedSet> LoadedSets = new(StringComparer.Ordinal);

    /// <param name="cacheDirectory">The cache folder (absolute), or null for <see cref="DefaultCacheFolder"/> beside site.yml.</param>
    public static ThemeTemplates Load(SiteContent content, string displayBase, string? cacheDirectory) =>
        content.Site.Theme.Path is not { } path
            ? new ThemeTemplates(new TemplateTable(DefaultTemplates.Factories), Overrides: [], Assembly: null, Diagnostics: [])
            : Load(Path.GetFullPath(Path.Combine(content.ContentRoot, path)), displayBase, StatusGen.Loading.CacheFolder.Of(content.ContentRoot, cacheDirectory));

    /// <summary>The default templates with those of <paramref name="folder"/> in place of theirs.</summary>
    public static ThemeTemplates Load(string folder, string displayBase, string cacheDirectory)
    {
        var (files, diagnostics) = Read(folder, displayBase);
        if (files.Count == 0 || diagnostics.Length > 0)
        {
            return new ThemeTemplates(new TemplateTable(DefaultTemplates.Factories), ByKey(files), null, diagnostics);
        }

        var imports = Imports(folder);
        var key = CompiledCache.Key(files, imports);
        var cache = new CompiledCache(cacheDirectory);
        if (LoadedSets.TryGetValue(key, out var set))
        {
            // Loaded already by this process, perhaps for a site with another cache folder: that folder gets its copy.
            if (!cache.Contains(key))
            {
                cache.Write(key, set.Bytes, set.Symbols);
            }
        }
        else if (cache.Read(key) is { } cached && TryLoad(cached.Assembly, cached.Symbols, files) is { } fromCache)
        {
            set = LoadedSets.GetOrAdd(key, new LoadedSet(fromCache, cached.Assembly, cached.Symbols));
        }
        else
        {
            var compiled = TemplateCompiler.Compile(files, imports, "StatusGen.SiteTemplates." + key);
            if (compiled.Assembly is null)
            {
                return new ThemeTemplates(new TemplateTable(DefaultTemplates.Factories), ByKey(files), null, compiled.Diagnostics);
            }

            cache.Write(key, compiled.Assembly, compiled.Symbols!);
            var assembly = TryLoad(compiled.Assembly, compiled.Symbols, files)
                ?? throw new InvalidOperationException("templates compiled without errors but their assembly has no class for a template");
            set = LoadedSets.GetOrAdd(key, new LoadedSet(assembly, compiled.Assembly, compiled.Symbols!));
        }

        var assemblyOfSet = set.Assembly;

        var overrides = files.ToDictionary(f => f.Key, f => Factory(assemblyOfSet, f.Key), StringComparer.Ordinal);
        return new ThemeTemplates(TemplateTable.Layered(DefaultTemplates.Factories, overrides), ByKey(files), assemblyOfSet, []);
    }

    /// <summary>Forgets the sets loaded so far, so the next load reads the cache folder (tests of the cache).</summary>
    internal static void ForgetLoaded() => LoadedSets.Clear();

    /// <summary>The <c>@using</c> lines of the default theme, then those of the site's own _ViewImports.cshtml.</summary>
    private static string Imports(string folder)
    {
        var own = Path.Combine(folder, TemplateKey.ImportsFile);
        return File.Exists(own) ? DefaultTemplates.Imports + "\n" + File.ReadAllText(own) : DefaultTemplates.Imports;
    }

    private static ImmutableDictionary<string, TemplateFile> ByKey(IReadOnlyList<TemplateFile> files) =>
        files.ToImmutableDictionary(f => f.Key, StringComparer.Ordinal);

    private static (List<TemplateFile> Files, ImmutableArray<Diagnostic> Diagnostics) Read(string folder, string displayBase)
    {
        var diagnostics = new DiagnosticList();
        var files = new List<TemplateFile>();
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var root = StatusGen.Loading.ContentFolder.Of(folder);
        foreach (var (key, file) in TemplateKey.Find(folder))
        {
            var display = Path.GetRelativePath(displayBase, file).Replace('\\', '/');
            try
            {
                // The rules of content files: a FIFO would block the build, a device or a link out of the folder is no template.
                if (StatusGen.Loading.FileSafety.Check(file, root) is { } problem)
                {
                    diagnostics.Error(DiagnosticCodes.UnreadableTemplate, SourcePosition.StartOf(display), $"the template cannot be read: {problem.Message.Replace("content folder", "theme folder", StringComparison.Ordinal)}", problem.Fix.Replace("content folder", "theme folder", StringComparison.Ordinal));
                    continue;
                }

                if (new FileInfo(file).Length > StatusGen.Loading.ContentLimits.MaxFileBytes)
                {
                    diagnostics.Error(DiagnosticCodes.UnreadableTemplate, SourcePosition.StartOf(display), $"the template is larger than {StatusGen.Loading.ContentLimits.MaxFileBytes} bytes (1 MiB)", "split it into partials");
                    continue;
                }

                files.Add(new TemplateFile(key, display, strict.GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF')));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                var reason = e is DecoderFallbackException ? "the file is not UTF-8" : e.Message;
                diagnostics.Error(DiagnosticCodes.UnreadableTemplate, SourcePosition.StartOf(display), $"the template cannot be read: {reason}", "save it as a UTF-8 text file");
            }
        }

        return (files, diagnostics.ToImmutable());
    }

    /// <summary>The compiled set, when it loads and has a class for every template; else null (a damaged cache file).</summary>
    private static Assembly? TryLoad(byte[] assembly, byte[]? symbols, IReadOnlyList<TemplateFile> files)
    {
        try
        {
            // Into the theme's own load context, so the templates bind to the very RazorLight and model types it renders with.
            var context = System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(typeof(SiteTemplates).Assembly) ?? System.Runtime.Loader.AssemblyLoadContext.Default;
            using var image = new MemoryStream(assembly);
            using var pdb = symbols is null ? null : new MemoryStream(symbols);
            var loaded = context.LoadFromStream(image, pdb);
            return files.All(f => loaded.GetType(TypeName(f.Key)) is not null) ? loaded : null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static string TypeName(string key) => RazorCode.NamespaceOf(key, TemplateCompiler.NamespaceRoot) + ".GeneratedTemplate";

    private static Func<ITemplatePage> Factory(Assembly assembly, string key)
    {
        var type = assembly.GetType(TypeName(key))!;
        return () =>
        {
            var page = (ITemplatePage)Activator.CreateInstance(type)!;
            page.Key = key;
            return page;
        };
    }

    private sealed record LoadedSet(Assembly Assembly, byte[] Bytes, byte[] Symbols);
}
