using StatusGen.Api;
using StatusGen.Badges;
using StatusGen.Building;
using StatusGen.Calendar;
using StatusGen.Feeds;
using StatusGen.Hosting;
using StatusGen.Seo;
using StatusGen.Tests.Feeds;
using StatusGen.Widget;

namespace StatusGen.Tests.Api;

[TestClass]
public sealed class StatuspageGoldenTests
{
    [TestMethod]
    public void ApiFilesForOneOngoingIncidentAndOneUpcomingMaintenanceMatchTheGoldenFiles()
    {
        var files = new StatuspageApiGenerator().Generate(ChannelSites.OngoingIncidentAndUpcomingMaintenance()).ToList();

        GoldenFiles.AssertMatch("Api", "ongoing-incident-upcoming-maintenance", files);
    }

    [TestMethod]
    public void EveryOtherChannelForTheSameSiteMatchesTheGoldenFiles()
    {
        var snapshot = ChannelSites.OngoingIncidentAndUpcomingMaintenance();
        IOutputGenerator[] generators =
        [
            new FeedGenerator(), new MaintenanceCalendarGenerator(), new BadgeGenerator(), new WidgetGenerator(),
            new SitemapGenerator(), new HeadersFileGenerator(),
        ];

        GoldenFiles.AssertMatch("Api", "ongoing-incident-upcoming-maintenance-channels", [.. generators.SelectMany(g => g.Generate(snapshot))]);
    }
}
