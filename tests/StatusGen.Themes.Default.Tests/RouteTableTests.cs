using System.Text.RegularExpressions;
using StatusGen.Api;
using StatusGen.Badges;
using StatusGen.Building;
using StatusGen.Calendar;
using StatusGen.Feeds;
using StatusGen.Hosting;
using StatusGen.Seo;
using StatusGen.Themes.Default.Tests.Fixtures;
using StatusGen.Uptime;
using StatusGen.Widget;

namespace StatusGen.Themes.Default.Tests;

/// <summary>Every file a build writes is one route of the table, with the route's media type.</summary>
[TestClass]
public sealed class RouteTableTests
{
    [TestMethod]
    public void EveryFileTheBuildWritesIsARouteOfTheTableWithItsMediaType()
    {
        // Enough incidents for a second history page.
        var snapshot = Sites.Many(30).Build();
        IOutputGenerator[] generators =
        [
            new DefaultTheme(), new FeedGenerator(), new MaintenanceCalendarGenerator(), new BadgeGenerator(), new WidgetGenerator(),
            new StatuspageApiGenerator(), new UptimeJsonWriter(), new SitemapGenerator(), new HeadersFileGenerator(),
        ];
        var files = generators.SelectMany(g => g.Generate(snapshot)).ToList();
        var unrouted = new List<string>();
        var used = new HashSet<Route>();

        foreach (var file in files)
        {
            var routes = Routes.All.Where(r => Matches(r, file.Path)).ToList();
            if (routes.Count != 1)
            {
                unrouted.Add($"{file.Path} matches {routes.Count} routes");
                continue;
            }

            used.Add(routes[0]);
            if (routes[0].Kind != RouteKind.Asset && routes[0].MediaType != file.MediaType)
            {
                unrouted.Add($"{file.Path} is {file.MediaType}, its route '{routes[0].Name}' says {routes[0].MediaType}");
            }
        }

        Assert.IsEmpty(unrouted, string.Join("\n", unrouted));
        CollectionAssert.AreEquivalent(Routes.All.ToList(), used.ToList(), "every route is written by some generator");
    }

    [TestMethod]
    public void RoutesFillTheirPlaceholdersAndNameTheFoldersHostsMatch()
    {
        Assert.AreEqual("incidents/2026-11-10-api/", Routes.Incident.Path("2026-11-10-api"));
        Assert.AreEqual("history/3.html", Routes.HistoryPage.Path("3"));
        Assert.AreEqual("incidents/x/index.html", Route.File(Routes.Incident.Path("x")));
        Assert.ThrowsExactly<ArgumentException>(() => Routes.Incident.Path());
        CollectionAssert.AreEqual(new[] { "/", "/index.html", "/404.html", "/history/*", "/uptime/*", "/incidents/*", "/maintenance/*", "/components/*" },
            Routes.HostPatterns(RouteKind.Page).ToList());
        Assert.AreEqual(Routes.All.Count, Routes.All.Select(r => r.Name).Distinct().Count(), "names are unique");
        Assert.AreEqual("../api/v2/status.json", Routes.Relative(Routes.Widget.Path(), Routes.ApiStatus.Path()));
    }

    /// <summary>Placeholders match one path segment; a page number is digits.</summary>
    private static bool Matches(Route route, string path)
    {
        var pattern = Regex.Escape(Route.File(route.Pattern)).Replace(@"\{page}", "[0-9]+", StringComparison.Ordinal);
        pattern = Regex.Replace(pattern, @"\\\{[a-z]+}", "[^/]+");
        return Regex.IsMatch(path, $"^{pattern}$");
    }
}
