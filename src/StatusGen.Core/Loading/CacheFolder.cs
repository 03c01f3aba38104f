namespace StatusGen.Loading;

/// <summary>
/// The one rule for where a site's caches live (the content cache and the compiled templates of a site's own theme):
/// <c>.statusgen/cache</c> beside site.yml, unless <c>--cache-dir</c> names another folder.
/// </summary>
public static class CacheFolder
{
    /// <summary>The cache folder, relative to the folder holding site.yml.</summary>
    public const string Default = ".statusgen/cache";

    /// <param name="contentRoot">The folder holding site.yml.</param>
    /// <param name="cacheDirectory">--cache-dir, resolved to an absolute path; null for <see cref="Default"/>.</param>
    public static string Of(string contentRoot, string? cacheDirectory) =>
        cacheDirectory ?? Path.Combine(Path.GetFullPath(contentRoot), Default);
}
