using StatusGen.Model;

namespace StatusGen.Loading;

// PLACEHOLDER: implemented in the core pipeline issue (#2).
public static class ContentLoader
{
    /// <param name="contentDirectory">Folder with site.yml, incidents/ and maintenance/.</param>
    /// <param name="displayBase">Folder that diagnostic paths are shown relative to (normally the working directory).</param>
    public static LoadResult Load(string contentDirectory, string displayBase) =>
        throw new NotImplementedException();
}
