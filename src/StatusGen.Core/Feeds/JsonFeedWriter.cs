namespace StatusGen.Feeds;

/// <summary>Writes a <see cref="FeedDocument"/> as JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedWriter
{
    public static byte[] Write(FeedDocument feed) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        json.WriteString("title", feed.Title);
        json.WriteString("home_page_url", feed.Alternate.AbsoluteUri);
        json.WriteString("feed_url", feed.Self.AbsoluteUri);
        if (feed.Description.Length > 0)
        {
            json.WriteString("description", feed.Description);
        }

        json.WriteString("language", feed.Language);
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", feed.Author);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var entry in feed.Entries)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Id);
            json.WriteString("url", entry.Link.AbsoluteUri);
            json.WriteString("title", entry.Title);
            json.WriteString("summary", entry.Summary);
            json.WriteString("content_html", entry.ContentHtml);
            json.WriteString("date_published", FeedEntries.Rfc3339(entry.Published));
            json.WriteString("date_modified", FeedEntries.Rfc3339(entry.Updated));
            json.WriteStartArray("tags");
            json.WriteStringValue(entry.Category);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
