namespace StatusGen.Tests.Loading;

/// <summary>
/// When site.yml cannot be read, its time zone is unknown: incident times written without an offset cannot be
/// compared with times that carry one, so those comparisons must not produce errors that are not there.
/// </summary>
[TestClass]
public sealed class UnreadableSiteTests
{
    // Local times (Europe/Berlin in the real site.yml) mixed with explicit offsets: valid in Berlin, not in UTC.
    private const string Incident = """
        ---
        title: Delayed updates
        started: 2026-11-10 08:47
        resolved: 2026-11-10 10:30
        components:
          api:
            2026-11-10 08:47: partial_outage
            2026-11-10T09:30:00+01:00: operational
        ---
        Updates from some carriers arrive late.

        ## 2026-11-10T08:55:00+01:00 Investigating
        We are looking into it.
        """;

    [TestMethod]
    public void ReportsOnlyTheSiteErrorWhenSiteYmlHasAYamlError()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml + "\nx: [unclosed\n").With("incidents/2026-11-10-delayed.md", Incident);

        var lines = fixture.Lines();

        Assert.IsNotEmpty(lines);
        Assert.IsTrue(lines.All(l => l.StartsWith("content/site.yml:", StringComparison.Ordinal)), string.Join("\n", lines));
    }

    [TestMethod]
    public void StillComparesIncidentTimesWhenOnlyAnotherSiteFieldIsWrong()
    {
        using var fixture = new ContentFixture(ContentFixture.SiteYml.Replace("https://status.example.com/", "ftp://x", StringComparison.Ordinal))
            .With("incidents/2026-11-10-delayed.md", Incident.Replace("08:55:00+01:00", "07:40:00+01:00", StringComparison.Ordinal));

        var lines = fixture.Lines();

        Assert.IsTrue(lines.Any(l => l.Contains("error SG0404:", StringComparison.Ordinal)), string.Join("\n", lines));
    }
}
