namespace StatusGen.Uptime;

// PLACEHOLDER: the uptime issue (#3) replaces this with the real report.
public sealed record UptimeReport
{
    public static readonly UptimeReport Empty = new();
}
