using StatusGen.Model;
using StatusGen.Uptime;

namespace StatusGen.Themes.Default.Tests.Fixtures;

/// <summary>
/// A deliberately simple stand-in for the uptime engine, good enough to give the theme realistic bars:
/// per day, the worst status of the component's incidents that overlap it, and downtime counting major outages
/// fully and partial outages at 0.3. The real rules live in the uptime engine and docs/uptime.md.
/// </summary>
internal static class FixtureUptime
{
    public static UptimeReport Compute(SiteContent content, DateTimeOffset now)
    {
        var window = content.Site.Uptime.WindowDays;
        var zone = content.Site.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var components = content.Site.Components.Select(c => ForComponent(content, c, today, window, now)).ToList();
        return new UptimeReport
        {
            WindowDays = window,
            Components = components,
            Groups = [.. content.Site.Components.Where(c => c.Group is not null).GroupBy(c => c.Group!).Select(g => new GroupUptime
            {
                Name = g.Key,
                ComponentIds = [.. g.Select(c => c.Id)],
                Window = g.Select(c => components.First(u => u.ComponentId == c.Id).Window).Average(),
            })],
            Overall = components.Select(c => c.Window).Average(),
        };
    }

    private static ComponentUptime ForComponent(SiteContent content, Component component, DateOnly today, int window, DateTimeOffset now)
    {
        var zone = content.Site.TimeZone;
        var affecting = content.Incidents.Where(i => i.Components.Any(a => a.ComponentId == component.Id) && i.Started <= now).ToList();
        DayUptime Day(DateOnly date)
        {
            var start = Start(date, zone);
            var end = Start(date.AddDays(1), zone);
            if (component.Since is { } since && date < since)
            {
                return new DayUptime { Date = date, Uptime = null, TrackedMinutes = 0, MajorOutageMinutes = 0, PartialOutageMinutes = 0, DegradedMinutes = 0, MaintenanceMinutes = 0, WorstStatus = ComponentStatus.Operational, IncidentSlugs = [] };
            }

            var tracked = ((end < now ? end : now) - start).TotalMinutes;
            double major = 0, partial = 0, degraded = 0;
            var worst = ComponentStatus.Operational;
            var slugs = new List<string>();
            foreach (var incident in affecting)
            {
                var from = incident.Started > start ? incident.Started : start;
                var incidentEnd = incident.EndOr(now);
                var to = incidentEnd < end ? incidentEnd : end;
                if (to <= from)
                {
                    continue;
                }

                var status = incident.Components.First(a => a.ComponentId == component.Id).WorstStatus;
                var minutes = (to - from).TotalMinutes;
                worst = status > worst ? status : worst;
                slugs.Add(incident.Slug);
                switch (status)
                {
                    case ComponentStatus.MajorOutage: major += minutes; break;
                    case ComponentStatus.PartialOutage: partial += minutes; break;
                    default: degraded += minutes; break;
                }
            }

            var down = Math.Min(tracked, major + (0.3 * partial));
            return new DayUptime
            {
                Date = date,
                Uptime = tracked <= 0 ? 100 : 100 * (1 - (down / tracked)),
                TrackedMinutes = Math.Max(0, tracked),
                MajorOutageMinutes = major,
                PartialOutageMinutes = partial,
                DegradedMinutes = degraded,
                MaintenanceMinutes = 0,
                WorstStatus = worst,
                IncidentSlugs = slugs,
            };
        }

        double? Over(int days)
        {
            var list = Enumerable.Range(0, days).Select(i => Day(today.AddDays(-i))).Where(d => d.HasData).ToList();
            return list.Count == 0 ? null : list.Average(d => d.Uptime!.Value);
        }

        var months = Enumerable.Range(0, 12).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(-11 + i)).Select(first =>
        {
            var days = Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month)).Select(first.AddDays).Where(d => d <= today).Select(Day).Where(d => d.HasData).ToList();
            return new MonthUptime
            {
                Year = first.Year,
                Month = first.Month,
                Uptime = days.Count == 0 ? null : days.Average(d => d.Uptime!.Value),
                TrackedMinutes = days.Sum(d => d.TrackedMinutes),
                DowntimeMinutes = days.Sum(d => d.MajorOutageMinutes + (0.3 * d.PartialOutageMinutes)),
            };
        }).ToList();

        return new ComponentUptime
        {
            ComponentId = component.Id,
            Last7Days = Over(7),
            Last30Days = Over(30),
            Last90Days = Over(90),
            Last365Days = Over(365),
            Window = Over(window),
            Days = [.. Enumerable.Range(0, window).Select(i => Day(today.AddDays(-(window - 1) + i)))],
            Months = months,
        };
    }

    private static DateTimeOffset Start(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
