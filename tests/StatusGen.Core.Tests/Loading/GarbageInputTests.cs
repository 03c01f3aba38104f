using System.Text;
using StatusGen.Diagnostics;
using StatusGen.Loading;

namespace StatusGen.Tests.Loading;

/// <summary>Truncated and corrupted files must become diagnostics, never exceptions.</summary>
[TestClass]
public sealed class GarbageInputTests
{
    private const string Incident = """
        ---
        title: "Elevated errors: API"
        started: 2026-11-10T09:15:00+01:00
        resolved: 2026-11-10 15:10
        impact: major
        components:
          web: [degraded_performance]
          api:
            2026-11-10 09:15: major_outage
            2026-11-10 11:20: operational
        ---
        Summary with `code` and a [link](https://example.com).

        ## 2026-11-10 15:10 Resolved
        Fixed. ### not a heading
        ## 2026-11-10T09:30:00+01:00 Investigating
        > ## quoted
        """;

    private const string Maintenance = "---\ntitle: DB\nscheduled: 2026-11-25 22:00\nuntil: 2026-11-26 01:00\ncomponents: [api, {x: y}]\n---\n## 2026-11-18 10:00 In progress\nx\n";

    private static readonly SiteContext Site = new(null, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), ["api", "web"]);

    [TestMethod]
    public void EveryPrefixOfAnIncidentFileYieldsAnIncidentOrDiagnostics()
    {
        var bytes = Encoding.UTF8.GetBytes(Incident.Replace("\n", "\r\n", StringComparison.Ordinal));
        for (var length = 0; length <= bytes.Length; length++)
        {
            LoadIncident(bytes[..length]);
        }
    }

    [TestMethod]
    public void RandomlyCorruptedFilesYieldDiagnosticsNeverExceptions()
    {
        var random = new Random(20261110);
        byte[] alphabet = [.. "-:#\n\r\t '\"[]{}|>&*!%@`,?0123456789TZ+abc"u8, 0xC3, 0xFF];
        foreach (var source in new[] { Incident, Maintenance, ContentFixture.SiteYml })
        {
            for (var round = 0; round < 150; round++)
            {
                var bytes = Encoding.UTF8.GetBytes(source);
                for (var edits = random.Next(1, 6); edits > 0; edits--)
                {
                    bytes[random.Next(bytes.Length)] = alphabet[random.Next(alphabet.Length)];
                }

                LoadIncident(bytes);
                LoadMaintenance(bytes);
                LoadSite(bytes);
            }
        }
    }

    private static void LoadIncident(byte[] bytes) => Load(bytes, (text, d) => IncidentLoader.Load(text, "2026-11-10-x", Site, d));

    private static void LoadMaintenance(byte[] bytes) => Load(bytes, (text, d) => MaintenanceLoader.Load(text, "2026-11-10-x", Site, d));

    private static void LoadSite(byte[] bytes) => Load(bytes, (text, d) => SiteConfigLoader.Load(text, "/nonexistent", ["en"], d).Config);

    private static void Load(byte[] bytes, Func<SourceText, DiagnosticList, object?> load)
    {
        var diagnostics = new DiagnosticList();
        var text = ContentFileReader.Decode(new SourceFile("x.md", "/x.md"), bytes, diagnostics);
        var result = text is null ? null : load(text, diagnostics);
        var all = diagnostics.ToImmutable();
        var input = Encoding.UTF8.GetString(bytes);
        Assert.IsTrue(result is not null || all.Any(d => d.IsError), $"neither a result nor an error for:\n{input}");
        var lines = text?.LineCount ?? bytes.Count(b => b is (byte)'\n' or (byte)'\r') + 1;
        foreach (var diagnostic in all)
        {
            Assert.IsTrue(diagnostic.Position.Line >= 1 && diagnostic.Position.Line <= Math.Max(lines, 1) && diagnostic.Position.Column >= 1, $"{diagnostic} is outside the file:\n{input}");
        }
    }
}
