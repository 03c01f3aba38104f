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
        string Answer(string? given, string option, string question, string fallback)
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

            output.Write($"{question} [{fallback}]: ");
            output.Flush();
            var line = input.ReadLine()?.Trim();
            return string.IsNullOrEmpty(line) ? fallback : line;
        }

        var title = Answer(options.Title, "--title", "Title of the status page", DefaultTitle);
        var baseUrl = Answer(options.BaseUrl, "--base-url", "Address it will be served at", DefaultBaseUrl);
        var language = Answer(options.Language, "--language", "Language (en or de)", DefaultLanguage);
        var zone = Answer(options.TimeZone, "--timezone", "Time zone (IANA name, such as Europe/Berlin)", DefaultTimeZone);
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
}
