using System.Xml;
using StatusGen.Building;

namespace StatusGen.Feeds;

/// <summary>Writes a <see cref="FeedDocument"/> as Atom (RFC 4287).</summary>
internal static class AtomFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedDocument feed) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        xml.WriteElementString("id", AtomNamespace, feed.Id);
        xml.WriteElementString("title", AtomNamespace, feed.Title);
        if (feed.Description.Length > 0)
        {
            xml.WriteElementString("subtitle", AtomNamespace, feed.Description);
        }

        xml.WriteElementString("updated", AtomNamespace, FeedEntries.Rfc3339(feed.Updated));
        Link(xml, "self", MediaTypes.Atom, feed.Self);
        Link(xml, "alternate", "text/html", feed.Alternate);
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, feed.Author);
        xml.WriteEndElement();
        xml.WriteStartElement("generator", AtomNamespace);
        xml.WriteAttributeString("version", feed.GeneratorVersion);
        xml.WriteString(GeneratorInfo.Name);
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            WriteEntry(xml, entry);
        }

        xml.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("id", AtomNamespace, entry.Id);
        xml.WriteElementString("title", AtomNamespace, entry.Title);
        Link(xml, "alternate", "text/html", entry.Link);
        xml.WriteElementString("published", AtomNamespace, FeedEntries.Rfc3339(entry.Published));
        xml.WriteElementString("updated", AtomNamespace, FeedEntries.Rfc3339(entry.Updated));
        xml.WriteStartElement("category", AtomNamespace);
        xml.WriteAttributeString("term", entry.Category);
        xml.WriteEndElement();
        xml.WriteElementString("summary", AtomNamespace, entry.Summary);
        xml.WriteStartElement("content", AtomNamespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(entry.ContentHtml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, Uri href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }
}
