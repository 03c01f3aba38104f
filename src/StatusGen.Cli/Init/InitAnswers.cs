namespace StatusGen.Cli.Init;

/// <summary>The site settings given on the command line; null where an option was left out.</summary>
internal sealed record InitOptions(string? Title, string? BaseUrl, string? Language, string? TimeZone, IReadOnlyList<string> Components)
{
    public bool Any => Title is not null || BaseUrl is not null || Language is not null || TimeZone is not null || Components.Count > 0;
}

/// <summary>
/// Fills what the options leave out: by asking, when someone is at the terminal, else with defaults that check clean
/// (and says which defaults it used, so they get edited in site.yml).
/// </summary>
internal static class InitAnswers
{
    public const string DefaultTitle = "Status";
    public const string DefaultBaseUrl = "https://status.example.com/";
    public const string DefaultLanguage = "en";
    public const string DefaultTimeZone = "UTC";
    public const string DefaultComponent = "website=Website";

    /// <param name="input">The terminal to ask on; null when nobody can answer (stdin redirected, or CI=true).</param>
    /// <param name="since">Maps the chosen time zone to the site's first day.</param>
    public static NewSite Collect(InitOptions options, TextReader? input, TextWriter output, Func<string, DateOnly> since)
    {
        var defaulted = new List<string>();
        string Answer(string? given, string option, string question, string fallback, Func<string, string?>? problem = null)
        {
            if (given is not null)
            {
                return given;
            }

            if (input is null)
            {
                defaulted.Add($"{option} {fallback}");
                return fallback;
            }

            while (true)
            {
                output.Write($"{question} [{fallback}]: ");
                output.Flush();
                var line = input.ReadLine()?.Trim();
                var answer = string.IsNullOrEmpty(line) ? fallback : line;

                // Asking again keeps the answers already typed; rejecting at the end would drop them all. At the end of
                // the input nobody can answer again, so the answer goes on to be rejected with the usual message.
                if (line is null || problem?.Invoke(answer) is not { } reason)
                {
                    return answer;
                }

                output.WriteLine(reason);
            }
        }

        var title = Answer(options.Title, "--title", "Title of the status page", DefaultTitle);
        var baseUrl = Answer(options.BaseUrl, "--base-url", "Address it will be served at", DefaultBaseUrl);
        var language = Answer(options.Language, "--language", $"Language ({string.Join(", ", OutputGenerators.Languages)})", DefaultLanguage, LanguageProblem);
        var zone = Answer(options.TimeZone, "--timezone", "Time zone (IANA name, such as Europe/Berlin)", DefaultTimeZone, ZoneProblem);
        var components = options.Components.Count > 0
            ? options.Components
            : Answer(null, "--component", "Components as id=Name, separated by commas", DefaultComponent)
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (defaulted.Count > 0)
        {
            output.WriteLine($"Not given, so using defaults (edit content/site.yml to change them): {string.Join(", ", defaulted)}.");
        }

        return new NewSite
        {
            Title = title,
            BaseUrl = baseUrl,
            Language = language,
            TimeZone = zone,
            Components = [.. components.Select(NewComponent.Parse)],
            Since = since(zone),
        };
    }

    private static string? LanguageProblem(string language) =>
        OutputGenerators.Languages.Contains(language)
            ? null
            : $"'{language}' is not a language of the theme; answer one of {string.Join(", ", OutputGenerators.Languages)}.";

    private static string? ZoneProblem(string zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)
            ? null
            : $"unknown time zone '{zone}'; answer an IANA name such as Europe/Berlin, America/New_York or UTC.";
}
