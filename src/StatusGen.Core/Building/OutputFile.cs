namespace StatusGen.Building;

/// <summary>One file of the generated site.</summary>
/// <param name="Path">Relative to the output root, with '/' separators, e.g. "incidents/2026-11-10-api/index.html".</param>
public sealed record OutputFile(string Path, byte[] Bytes, string MediaType)
{
    public static OutputFile Text(string path, string text, string mediaType) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), mediaType);
}

public static class MediaTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Css = "text/css; charset=utf-8";
    public const string JavaScript = "text/javascript; charset=utf-8";
    public const string Json = "application/json";
    public const string Rss = "application/rss+xml";
    public const string Atom = "application/atom+xml";
    public const string FeedJson = "application/feed+json";
    public const string Calendar = "text/calendar; charset=utf-8";
    public const string Svg = "image/svg+xml";
    public const string Xml = "application/xml";
    public const string PlainText = "text/plain; charset=utf-8";
    public const string Png = "image/png";
}
