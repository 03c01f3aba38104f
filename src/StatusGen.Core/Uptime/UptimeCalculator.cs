using StatusGen.Model;

namespace StatusGen.Uptime;

// PLACEHOLDER: the uptime issue (#3) replaces this with the real engine.
public static class UptimeCalculator
{
    public static UptimeReport Compute(SiteContent content, DateTimeOffset now) => UptimeReport.Empty;
}
