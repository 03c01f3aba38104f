using System.Globalization;

namespace StatusGen.Themes.Default.Localization;

/// <summary>
/// Every interface string and format pattern of the theme in one language, read from
/// <c>Translations/&lt;language&gt;.json</c>. Every member is required, so a translation file that misses a key
/// fails to load instead of showing English (or nothing) to a visitor.
/// Strings with <c>{0}</c> are composite formats, filled with the language's culture.
/// </summary>
public sealed record UiStrings
{
    /// <summary>The culture used for month names and numbers, e.g. "en-GB", "de-DE".</summary>
    public required string Culture { get; init; }

    /// <summary>
    /// The names and separators the formats use, in the file itself rather than from ICU: output is then the same
    /// with and without ICU (slim containers run with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) and across ICU
    /// versions. Comma-separated lists, January (Sunday) first; the genitive abbreviations are used after a day ("d. MMM").
    /// </summary>
    public required string MonthNames { get; init; }
    public required string AbbreviatedMonthNames { get; init; }
    public required string AbbreviatedMonthGenitiveNames { get; init; }
    public required string DayNames { get; init; }
    public required string AbbreviatedDayNames { get; init; }
    public required string DecimalSeparator { get; init; }
    public required string GroupSeparator { get; init; }

    /// <summary>.NET date patterns, applied in the site's time zone.</summary>
    public required string DateFormat { get; init; }
    public required string DayHeadingFormat { get; init; }
    public required string DayMonthFormat { get; init; }
    public required string TimeFormat { get; init; }
    public required string DateTimeFormat { get; init; }
    public required string MonthFormat { get; init; }
    public required string ShortMonthFormat { get; init; }
    public required string PercentFormat { get; init; }
    public required string DurationDays { get; init; }
    public required string DurationHours { get; init; }
    public required string DurationMinutes { get; init; }
    public required string LessThanAMinute { get; init; }

    public required string SkipToContent { get; init; }
    public required string NavCurrentStatus { get; init; }
    public required string NavHistory { get; init; }
    public required string NavUptime { get; init; }
    public required string SiteNavigation { get; init; }

    public required string BannerOperational { get; init; }
    public required string BannerUnderMaintenance { get; init; }
    public required string BannerDegradedPerformance { get; init; }
    public required string BannerPartialOutage { get; init; }
    public required string BannerMajorOutage { get; init; }

    public required string StatusOperational { get; init; }
    public required string StatusUnderMaintenance { get; init; }
    public required string StatusDegradedPerformance { get; init; }
    public required string StatusPartialOutage { get; init; }
    public required string StatusMajorOutage { get; init; }
    public required string StatusNoData { get; init; }

    public required string ImpactLabel { get; init; }
    public required string ImpactNone { get; init; }
    public required string ImpactMinor { get; init; }
    public required string ImpactMajor { get; init; }
    public required string ImpactCritical { get; init; }

    public required string UpdateInvestigating { get; init; }
    public required string UpdateIdentified { get; init; }
    public required string UpdateMonitoring { get; init; }
    public required string UpdateUpdate { get; init; }
    public required string UpdateResolved { get; init; }
    public required string UpdatePostmortem { get; init; }

    public required string MaintenanceScheduled { get; init; }
    public required string MaintenanceInProgress { get; init; }
    public required string MaintenanceVerifying { get; init; }
    public required string MaintenanceCompleted { get; init; }
    public required string MaintenanceUpdate { get; init; }
    public required string MaintenanceStateUpcoming { get; init; }
    public required string MaintenanceStateInProgress { get; init; }
    public required string MaintenanceStateCompleted { get; init; }

    /// <summary>The heading over completed windows on the maintenance page.</summary>
    public required string MaintenanceDone { get; init; }

    public required string ActiveIncidents { get; init; }
    public required string MaintenanceNow { get; init; }
    public required string MaintenanceUpcoming { get; init; }
    public required string Components { get; init; }

    /// <summary>The size of a collapsed group: "{0} component" (one) and "{0} components" (any other count).</summary>
    public required string ComponentCountOne { get; init; }
    public required string ComponentCount { get; init; }
    public required string PastIncidents { get; init; }
    public required string NoIncidentsReported { get; init; }
    public required string MoreIncidentsThatDay { get; init; }
    public required string MoreActiveIncidents { get; init; }
    public required string MoreMaintenance { get; init; }
    public required string IncidentHistory { get; init; }
    public required string Maintenance { get; init; }

    public required string Started { get; init; }
    public required string Resolved { get; init; }
    public required string Ongoing { get; init; }
    public required string OngoingFor { get; init; }
    public required string Duration { get; init; }

    /// <summary>Label of the time from the start to the first update ("First update").</summary>
    public required string FirstUpdate { get; init; }

    /// <summary>"{0} after the start", where {0} is a duration.</summary>
    public required string AfterStart { get; init; }

    /// <summary>Shown while an incident has no update yet.</summary>
    public required string NoUpdateYet { get; init; }

    /// <summary>Label of the number of updates posted.</summary>
    public required string UpdatesPosted { get; init; }
    public required string LatestUpdate { get; init; }
    public required string ReadMore { get; init; }
    public required string AffectedComponents { get; init; }
    public required string StatusOverTime { get; init; }
    public required string Updates { get; init; }
    public required string Postmortem { get; init; }
    public required string ReadPostmortem { get; init; }
    public required string Scheduled { get; init; }
    public required string Until { get; init; }
    public required string Subscribe { get; init; }
    public required string RssFeed { get; init; }
    public required string AtomFeed { get; init; }
    public required string JsonFeed { get; init; }

    // Read by Core's outputs from the same file (StatusGen.Localization.SiteText): feeds, calendar, badges, scaffolds.
    public required string Affected { get; init; }
    public required string Window { get; init; }
    public required string BadgeLabel { get; init; }
    public required string BadgeOperational { get; init; }
    public required string BadgeUnderMaintenance { get; init; }
    public required string BadgeDegradedPerformance { get; init; }
    public required string BadgePartialOutage { get; init; }
    public required string BadgeMajorOutage { get; init; }
    public required string ScaffoldInvestigating { get; init; }
    public required string ScaffoldMaintenance { get; init; }
    public required string ListAnd { get; init; }
    public required string ListSeparator { get; init; }

    public required string UptimeBarsLabel { get; init; }
    public required string UptimeOverDays { get; init; }
    public required string NoIncidents { get; init; }
    public required string AndMore { get; init; }
    public required string AllComponents { get; init; }
    public required string SiteBarsNote { get; init; }
    public required string IncidentCountOne { get; init; }
    public required string IncidentCount { get; init; }
    public required string Uptime { get; init; }
    public required string UptimeLastDays { get; init; }
    public required string MonthlyUptime { get; init; }
    public required string UptimeTableCaption { get; init; }
    public required string Component { get; init; }
    public required string Month { get; init; }
    public required string Downtime { get; init; }
    public required string CurrentStatus { get; init; }
    public required string ComponentIncidents { get; init; }
    public required string OlderInHistory { get; init; }

    public required string PageOf { get; init; }
    public required string NewerPage { get; init; }
    public required string OlderPage { get; init; }
    public required string FirstPage { get; init; }
    public required string LastPage { get; init; }
    public required string Pagination { get; init; }

    public required string TimesShownIn { get; init; }
    public required string TimesShownLocal { get; init; }
    public required string BuiltAt { get; init; }
    public required string BuiltAgo { get; init; }
    public required string StaleWarning { get; init; }
    public required string PoweredBy { get; init; }

    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string BackToStatus { get; init; }

    // The messages of statusgen notify, read by Core (StatusGen.Notify.NotifyText) from the same file; listed here so
    // that a file lacking one is rejected like any other.
    public required string NotifyIncidentOpened { get; init; }
    public required string NotifyIncidentUpdated { get; init; }
    public required string NotifyIncidentResolved { get; init; }
    public required string NotifyPostmortemPosted { get; init; }
    public required string NotifyMaintenanceScheduled { get; init; }
    public required string NotifyMaintenanceUpdated { get; init; }
    public required string NotifyMaintenanceStarted { get; init; }
    public required string NotifyMaintenanceCompleted { get; init; }
    public required string NotifyViewOnPage { get; init; }
    public required string NotifyResolvedText { get; init; }
    public required string NotifyStartedText { get; init; }
    public required string NotifyCompletedText { get; init; }
    public required string NotifyFooter { get; init; }

    /// <summary>The invariant culture with this file's names and separators; never looked up in ICU.</summary>
    public CultureInfo CultureInfo => BundledCulture.Create(this);
}
