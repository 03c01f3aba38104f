using System.Globalization;
using System.Xml;
using StatusGen.Building;

namespace StatusGen.Feeds;

/// <summary>Writes a <see cref="FeedDocument"/> as RSS 2.0 with an atom:link rel="self".</summary>
internal static class RssFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedDocument feed) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", feed.Title);
        xml.WriteElementString("link", feed.Alternate.AbsoluteUri);
        xml.WriteElementString("description", feed.Description.Length > 0 ? feed.Description : feed.Title);
        xml.WriteElementString("language", feed.Language);
        // The latest content change, not the build time: a rebuild without changes writes the same bytes.
        xml.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
        xml.WriteElementString("generator", $"{GeneratorInfo.Name} {feed.GeneratorVersion}");
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", feed.Self.AbsoluteUri);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", MediaTypes.Rss);
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", entry.Title);
            xml.WriteElementString("link", entry.Link.AbsoluteUri);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "false");
            xml.WriteString(entry.Id);
            xml.WriteEndElement();
            // pubDate moves with every update so that readers show the item as changed.
            xml.WriteElementString("pubDate", Rfc822(entry.Updated));
            xml.WriteElementString("category", entry.Category);
            xml.WriteStartElement("description");
            WriteCData(xml, entry.ContentHtml);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    /// <summary>RFC 822 date in UTC, e.g. "Tue, 10 Nov 2026 08:15:00 GMT".</summary>
    public static string Rfc822(DateTimeOffset at) => at.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    private static void WriteCData(XmlWriter xml, string text)
    {
        // "]]>" cannot appear inside one CDATA section: end it after "]]" and open the next one.
        var parts = text.Split("]]>");
        for (var i = 0; i < parts.Length; i++)
        {
            xml.WriteCData(i < parts.Length - 1 ? parts[i] + "]]" : parts[i]);
            if (i < parts.Length - 1)
            {
                parts[i + 1] = ">" + parts[i + 1];
            }
        }
    }
}
