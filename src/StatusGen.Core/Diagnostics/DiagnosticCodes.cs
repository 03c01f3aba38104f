namespace StatusGen.Diagnostics;

/// <summary>
/// Every diagnostic StatusGen reports. Numbers are stable and never reused; docs/diagnostics.md lists them.
/// Ranges: 00xx files and YAML, 01xx site.yml, 02xx incidents, 03xx maintenance, 04xx updates and times,
/// 05xx communication lint, 06xx import, 07xx notify, 08xx themes.
/// </summary>
public static class DiagnosticCodes
{
    // Files and YAML
    public static readonly DiagnosticCode EmptyFile = new(1, "empty file");
    public static readonly DiagnosticCode BinaryFile = new(2, "binary file");
    public static readonly DiagnosticCode NotUtf8 = new(3, "file is not UTF-8");
    public static readonly DiagnosticCode YamlSyntax = new(4, "YAML syntax error");
    public static readonly DiagnosticCode MissingFrontMatter = new(5, "missing front matter");
    public static readonly DiagnosticCode UnclosedFrontMatter = new(6, "front matter not closed");
    public static readonly DiagnosticCode BadFileName = new(7, "file name does not follow YYYY-MM-DD-slug.md");
    public static readonly DiagnosticCode UnknownKey = new(8, "unknown key");
    public static readonly DiagnosticCode MissingKey = new(9, "missing required key");
    public static readonly DiagnosticCode WrongNodeType = new(10, "value has the wrong shape");
    public static readonly DiagnosticCode DuplicateKey = new(11, "duplicate key");
    public static readonly DiagnosticCode MissingSiteFile = new(12, "site.yml not found");
    public static readonly DiagnosticCode UnreadableFile = new(13, "file cannot be read");
    public static readonly DiagnosticCode StrayFile = new(14, "file is not content");
    public static readonly DiagnosticCode UnpublishableCharacter = new(15, "character no output format can carry");
    public static readonly DiagnosticCode FileTooLarge = new(16, "file too large");
    public static readonly DiagnosticCode LineTooLong = new(17, "line too long");
    public static readonly DiagnosticCode YamlTooDeep = new(18, "YAML nested too deeply");
    public static readonly DiagnosticCode YamlAlias = new(19, "YAML alias");
    public static readonly DiagnosticCode YamlTabIndentation = new(20, "tab used as YAML indentation");
    public static readonly DiagnosticCode MarkdownTooDeep = new(21, "Markdown nested too deeply");
    public static readonly DiagnosticCode UnsafeLink = new(22, "link with a scheme other than http, https or mailto");
    public static readonly DiagnosticCode NotRegularFile = new(23, "not a regular file");
    public static readonly DiagnosticCode FileOutsideContent = new(24, "file lies outside the content folder");
    public static readonly DiagnosticCode ParagraphTooLong = new(25, "paragraph too long");
    public static readonly DiagnosticCode TooManyReferenceDefinitions = new(26, "too many link reference definitions");

    // site.yml
    public static readonly DiagnosticCode InvalidBaseUrl = new(101, "baseUrl is not an absolute http(s) URL");
    public static readonly DiagnosticCode UnsupportedLanguage = new(102, "unsupported language");
    public static readonly DiagnosticCode UnknownTimeZone = new(103, "unknown time zone");
    public static readonly DiagnosticCode DuplicateComponentId = new(104, "duplicate component id");
    public static readonly DiagnosticCode InvalidComponentId = new(105, "invalid component id");
    public static readonly DiagnosticCode InvalidDate = new(106, "invalid date");
    public static readonly DiagnosticCode InvalidNumber = new(107, "invalid number");
    public static readonly DiagnosticCode InvalidUrl = new(108, "invalid URL");
    public static readonly DiagnosticCode NoComponents = new(109, "no components");
    public static readonly DiagnosticCode InvalidColor = new(110, "invalid colour");
    public static readonly DiagnosticCode MissingAsset = new(111, "referenced file not found");
    public static readonly DiagnosticCode InvalidBoolean = new(112, "invalid boolean");
    public static readonly DiagnosticCode ReservedComponentId = new(113, "reserved component id");
    public static readonly DiagnosticCode BaseUrlWithCredentials = new(114, "baseUrl contains a user name or password");

    // Incidents
    public static readonly DiagnosticCode UnknownComponent = new(201, "unknown component id");
    public static readonly DiagnosticCode UnknownComponentStatus = new(202, "unknown component status");
    public static readonly DiagnosticCode UnknownImpact = new(203, "unknown impact");
    public static readonly DiagnosticCode ResolvedBeforeStarted = new(204, "resolved before started");
    public static readonly DiagnosticCode NoAffectedComponents = new(205, "incident names no component");
    public static readonly DiagnosticCode StatusChangeOutsideIncident = new(206, "status change outside the incident");
    public static readonly DiagnosticCode ResolvedInFuture = new(207, "resolved after the build's time");
    public static readonly DiagnosticCode StartedInFuture = new(208, "started after the build's time");
    public static readonly DiagnosticCode FileDateMismatch = new(209, "file name date differs from start");
    public static readonly DiagnosticCode DuplicateSlug = new(210, "two files share a slug");
    public static readonly DiagnosticCode ResolvedWithoutResolvedUpdate = new(211, "resolved without a Resolved update");
    public static readonly DiagnosticCode EmptyComponentId = new(212, "empty component id");
    public static readonly DiagnosticCode StatusChangeInFuture = new(213, "status change after the build's time");

    // Maintenance
    public static readonly DiagnosticCode UntilBeforeScheduled = new(301, "until before scheduled");
    public static readonly DiagnosticCode UnknownMaintenanceStatus = new(302, "unknown maintenance update status");
    public static readonly DiagnosticCode MaintenanceWithoutComponents = new(303, "maintenance names no component");

    // Updates and timestamps
    public static readonly DiagnosticCode InvalidTimestamp = new(401, "timestamp cannot be parsed");
    public static readonly DiagnosticCode AmbiguousLocalTime = new(402, "local time is ambiguous or skipped");
    public static readonly DiagnosticCode UnknownUpdateStatus = new(403, "unknown update status");
    public static readonly DiagnosticCode UpdateBeforeStart = new(404, "update before the start");
    public static readonly DiagnosticCode UpdateAfterEnd = new(405, "update after the end");
    public static readonly DiagnosticCode MalformedUpdateHeading = new(406, "update heading is not 'timestamp status'");
    public static readonly DiagnosticCode EmptyUpdate = new(407, "update has no text");
    public static readonly DiagnosticCode UpdateInFuture = new(408, "update after the build's time");
    public static readonly DiagnosticCode TimeOutOfRange = new(409, "date outside the supported range");
    public static readonly DiagnosticCode TooManyUpdates = new(410, "too many updates");

    // Communication lint (warnings; errors with --strict)
    public static readonly DiagnosticCode StaleIncident = new(501, "ongoing incident not updated within the promised cadence");
    public static readonly DiagnosticCode LateFirstUpdate = new(502, "first update long after the start");
    public static readonly DiagnosticCode UnexplainedResolution = new(503, "resolution without an explanation");
    public static readonly DiagnosticCode MissingPostmortem = new(504, "major incident without a postmortem");

    // Import
    public static readonly DiagnosticCode ImportUnknownAffected = new(601, "imported incident names an unconfigured component");
    public static readonly DiagnosticCode ImportUnresolved = new(602, "imported incident was never resolved");
    public static readonly DiagnosticCode ImportMissingField = new(603, "imported file lacks a field");
    public static readonly DiagnosticCode ImportUnreadable = new(604, "imported file cannot be read");
    public static readonly DiagnosticCode ImportInconsistentTimes = new(605, "imported times contradict each other");
    public static readonly DiagnosticCode InvalidAlias = new(606, "alias is not a site path");
    public static readonly DiagnosticCode AliasTaken = new(607, "alias used twice or by a page");
    public static readonly DiagnosticCode ImportTimeUnreadable = new(608, "imported time cannot be read");
    public static readonly DiagnosticCode ImportSimilarNames = new(609, "imported names look like variants of one name");

    // Notify (site.yml's notify section and the notify command)
    public static readonly DiagnosticCode UnknownChannelType = new(701, "unknown notify channel type");
    public static readonly DiagnosticCode DuplicateChannelId = new(702, "duplicate notify channel id");
    public static readonly DiagnosticCode InvalidChannelId = new(703, "invalid notify channel id");
    public static readonly DiagnosticCode InvalidEmailAddress = new(704, "invalid email address");
    public static readonly DiagnosticCode InvalidSmtpSecurity = new(705, "invalid SMTP security");
    public static readonly DiagnosticCode InvalidDuration = new(706, "invalid duration");
    public static readonly DiagnosticCode MalformedSecretReference = new(707, "malformed ${NAME} reference");
    public static readonly DiagnosticCode PlainTextSecret = new(708, "secret written into site.yml");
    public static readonly DiagnosticCode MissingEnvironmentVariable = new(709, "environment variable not set");
    public static readonly DiagnosticCode InvalidResolvedValue = new(710, "value is invalid once its variables are read");
    public static readonly DiagnosticCode InvalidVisibility = new(711, "invalid Mastodon visibility");

    // Themes (site.yml's theme.path and the site's own templates)
    public static readonly DiagnosticCode InvalidThemePath = new(801, "theme path is not a folder of templates");
    public static readonly DiagnosticCode TemplateSyntax = new(802, "Razor syntax error in a template");
    public static readonly DiagnosticCode TemplateCompile = new(803, "C# error in a template");
    public static readonly DiagnosticCode TemplateRender = new(804, "template failed while rendering");
    public static readonly DiagnosticCode UnreadableTemplate = new(805, "template file cannot be read");
    public static readonly DiagnosticCode MissingTemplate = new(806, "template names a layout or partial that does not exist");

    // Caches (the content cache beside site.yml or in --cache-dir)
    public static readonly DiagnosticCode CacheNotUsed = new(911, "cache folder cannot be used");
}
