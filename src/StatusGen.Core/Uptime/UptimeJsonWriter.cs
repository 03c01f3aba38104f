using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StatusGen.Building;
using StatusGen.Model;

namespace StatusGen.Uptime;

/// <summary>
/// Writes <c>api/uptime.json</c> from the snapshot's uptime report: stable, pretty, invariant output whose schema is
/// documented in docs/uptime.md. Percentages and minutes are rounded to <see cref="Decimals"/> decimals.
/// </summary>
public sealed class UptimeJsonWriter : IOutputGenerator
{
    public static readonly string OutputPath = Routes.ApiUptime.Path();

    /// <summary>Decimals kept in every percentage and minute count.</summary>
    public const int Decimals = 3;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Names such as "Zahlungsabwicklung (Störung)" stay readable; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Name => "uptime-json";

    public IEnumerable<OutputFile> Generate(SiteSnapshot snapshot)
    {
        yield return new OutputFile(OutputPath, Write(snapshot), MediaTypes.Json);
    }

    internal static byte[] Write(SiteSnapshot snapshot)
    {
        var site = snapshot.Site;
        var report = snapshot.Uptime;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("generated_at", snapshot.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteNumber("window_days", report.WindowDays);
            json.WriteNumber("partial_outage_weight", site.Uptime.PartialOutageWeight);
            json.WriteBoolean("count_maintenance", site.Uptime.CountMaintenance);
            WriteNumber(json, "overall", report.Overall);
            json.WriteStartArray("components");
            foreach (var uptime in report.Components)
            {
                WriteComponent(json, site.FindComponent(uptime.ComponentId)!, uptime);
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var group in report.Groups)
            {
                json.WriteStartObject();
                json.WriteString("name", group.Name);
                json.WriteStartArray("components");
                foreach (var id in group.ComponentIds)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                WriteNumber(json, "uptime", group.Window);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteComponent(Utf8JsonWriter json, Component component, ComponentUptime uptime)
    {
        json.WriteStartObject();
        json.WriteString("id", component.Id);
        json.WriteString("name", component.Name);
        if (component.Group is null)
        {
            json.WriteNull("group");
        }
        else
        {
            json.WriteString("group", component.Group);
        }

        json.WriteStartObject("uptime");
        WriteNumber(json, "7d", uptime.Last7Days);
        WriteNumber(json, "30d", uptime.Last30Days);
        WriteNumber(json, "90d", uptime.Last90Days);
        WriteNumber(json, "365d", uptime.Last365Days);
        json.WriteEndObject();
        WriteNumber(json, "window_uptime", uptime.Window);
        json.WriteStartArray("days");
        foreach (var day in uptime.Days)
        {
            json.WriteStartObject();
            json.WriteString("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteNumber(json, "uptime", day.Uptime);
            WriteNumber(json, "tracked_minutes", day.TrackedMinutes);
            WriteNumber(json, "major_outage_minutes", day.MajorOutageMinutes);
            WriteNumber(json, "partial_outage_minutes", day.PartialOutageMinutes);
            WriteNumber(json, "degraded_minutes", day.DegradedMinutes);
            WriteNumber(json, "maintenance_minutes", day.MaintenanceMinutes);
            WriteNumber(json, "downtime_minutes", day.DowntimeMinutes);
            json.WriteString("worst_status", day.WorstStatus.Name());
            json.WriteStartArray("incidents");
            foreach (var slug in day.IncidentSlugs)
            {
                json.WriteStringValue(slug);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("months");
        foreach (var month in uptime.Months)
        {
            json.WriteStartObject();
            json.WriteString("month", FormattableString.Invariant($"{month.Year:D4}-{month.Month:D2}"));
            WriteNumber(json, "uptime", month.Uptime);
            WriteNumber(json, "tracked_minutes", month.TrackedMinutes);
            WriteNumber(json, "downtime_minutes", month.DowntimeMinutes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            // Rounding can yield -0 from a tiny negative; JSON readers should never see "-0".
            json.WriteNumber(name, Math.Round(v, Decimals, MidpointRounding.AwayFromZero) + 0.0);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
