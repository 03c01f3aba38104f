using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Benchmarks.Synthetic;

/// <summary>One synthetic incident written the way a good operator would: quick first update, cause, fix, resolution, postmortem.</summary>
internal static class IncidentFactory
{
    private static readonly string[] Symptoms =
    [
        "elevated error rates", "slow responses", "failed sign-ins", "delayed notifications", "timeouts on some requests",
        "missing data in reports", "intermittent connection resets",
    ];

    private static readonly string[] Causes =
    [
        "a configuration change deployed earlier today", "a database replica that fell behind", "an overloaded cache cluster",
        "an expired internal certificate", "a network fault at our hosting provider", "a full disk on a queue server",
        "a bug in this morning's release",
    ];

    public static Incident Create(Random random, SyntheticSiteOptions options, IReadOnlyList<Component> components, int index, bool ongoing)
    {
        var periodMinutes = options.Days * 24 * 60;
        var started = ongoing
            ? Minute(options.Now.AddMinutes(-45))
            : Minute(options.Now.AddMinutes(-periodMinutes + random.Next(periodMinutes - 24 * 60)));

        // Durations are log-normal around an hour, 5 minutes to a day: most incidents are short, a few are long.
        var minutes = Math.Clamp((int)Math.Exp(Math.Log(60) + (0.9 * Gaussian(random))), 5, 24 * 60);
        DateTimeOffset? resolved = ongoing ? null : started.AddMinutes(minutes);
        var end = resolved ?? options.Now;
        var slug = FormattableString.Invariant($"{SyntheticSite.LocalDate(started):yyyy-MM-dd}-incident-{index:D5}");

        var startedDay = SyntheticSite.LocalDate(started);
        var candidates = components.Where(c => c.Since is not { } since || since <= startedDay).ToList();
        var count = 1 + (random.NextDouble() < 0.3 ? 1 : 0) + (random.NextDouble() < 0.1 ? 1 : 0);
        var affected = candidates.OrderBy(_ => random.Next()).Take(count)
            .Select(c => Affected(random, c.Id, started, end))
            .OrderBy(a => a.ComponentId, StringComparer.Ordinal)
            .ToList();
        var worst = affected.Max(a => a.WorstStatus);
        var impact = worst switch
        {
            ComponentStatus.MajorOutage => Impact.Critical,
            ComponentStatus.PartialOutage => Impact.Major,
            _ => Impact.Minor,
        };
        var symptom = Symptoms[random.Next(Symptoms.Length)];
        var cause = Causes[random.Next(Causes.Length)];
        var names = string.Join(" and ", affected.Select(a => components.First(c => c.Id == a.ComponentId).Name));
        var source = SyntheticSite.Source(options, "incidents", slug);

        var updates = new List<IncidentUpdate>();
        void Add(DateTimeOffset at, IncidentUpdateStatus status, string text)
        {
            if (at <= options.Now)
            {
                updates.Add(new IncidentUpdate { At = at, Status = status, Body = SyntheticSite.Render(text), Position = source.At(1, 1) });
            }
        }

        var span = end - started;
        Add(Minute(started.AddMinutes(Math.Min(2 + random.Next(12), span.TotalMinutes * 0.2))), IncidentUpdateStatus.Investigating,
            $"We are seeing {symptom} on {names}. Other services are not affected. We are investigating and will update this page within 30 minutes.");
        if (resolved is not null)
        {
            Add(Minute(started + (span * 0.3)), IncidentUpdateStatus.Identified,
                $"The cause is {cause}. We are rolling back the change and moving traffic to healthy servers.\n\n- Requests that failed can be retried safely.\n- No data was lost.");
            Add(Minute(started + (span * 0.7)), IncidentUpdateStatus.Monitoring,
                "A fix is in place and error rates are back to normal. We are monitoring the service closely.");
            Add(resolved.Value, IncidentUpdateStatus.Resolved,
                $"This incident has been resolved. {names} work normally again. We are sorry for the disruption.");
            if (impact >= Impact.Major)
            {
                Add(resolved.Value.AddDays(1 + random.Next(3)), IncidentUpdateStatus.Postmortem,
                    $"### Root cause\nThe outage was caused by {cause}.\n\n### Timeline\n- Started: {started:u}\n- Resolved: {resolved:u}\n\n### What we are changing\n- Alert earlier on {symptom}.\n- Test this failure in our staging environment every month.");
            }
        }
        else
        {
            Add(started.AddMinutes(35), IncidentUpdateStatus.Update, $"We have narrowed the problem down to {cause} and are working on a fix.");
        }

        return new Incident
        {
            Slug = slug,
            Source = source,
            Title = $"{char.ToUpperInvariant(symptom[0])}{symptom[1..]} on {names}",
            Started = started,
            Resolved = resolved,
            Impact = impact,
            Components = affected,
            Summary = random.NextDouble() < 0.5 ? MarkdownText.Empty : SyntheticSite.Render($"Customers saw {symptom} while using {names}."),
            Updates = [.. updates.OrderByDescending(u => u.At)],
        };
    }

    private static AffectedComponent Affected(Random random, string componentId, DateTimeOffset started, DateTimeOffset end)
    {
        var roll = random.NextDouble();
        var worst = roll < 0.5 ? ComponentStatus.DegradedPerformance : roll < 0.8 ? ComponentStatus.PartialOutage : ComponentStatus.MajorOutage;
        var changes = new List<StatusChange> { new(started, worst) };

        // About one in six components changes status during the incident: worse first, then better, sometimes recovered early.
        if (worst > ComponentStatus.DegradedPerformance && random.NextDouble() < 0.17 && end - started >= TimeSpan.FromMinutes(20))
        {
            changes.Add(new StatusChange(Minute(started + ((end - started) * 0.4)), ComponentStatus.DegradedPerformance));
            if (random.NextDouble() < 0.5)
            {
                changes.Add(new StatusChange(Minute(started + ((end - started) * 0.8)), ComponentStatus.Operational));
            }
        }

        return new AffectedComponent { ComponentId = componentId, Changes = changes };
    }

    private static DateTimeOffset Minute(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), at.Offset);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
