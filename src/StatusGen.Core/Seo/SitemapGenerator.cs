using System.Globalization;
using StatusGen.Building;
using StatusGen.Feeds;

namespace StatusGen.Seo;

/// <summary>sitemap.xml (sitemaps.org 0.9) listing every HTML page with its absolute URL, and robots.txt pointing to it.</summary>
public sealed class SitemapGenerator : IOutputGenerator
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public string Name => "sitemap";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        var sitemap = XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var page in SitePages.All(snapshot))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, snapshot.Absolute(page.Path).AbsoluteUri);
                if (page.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
        yield return new OutputFile(Routes.Sitemap.Path(), sitemap, Routes.Sitemap.MediaType);

        // Everything may be crawled; the widget page keeps itself out of results with a robots meta tag, which
        // crawlers only see when robots.txt lets them fetch it.
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {snapshot.Absolute(Routes.Sitemap.Path()).AbsoluteUri}\n";
        yield return OutputFile.Text(Routes.Robots.Path(), robots, Routes.Robots.MediaType);
    }
}
