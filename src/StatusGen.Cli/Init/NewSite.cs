namespace StatusGen.Cli.Init;

/// <summary>What <c>statusgen init</c> needs to write a site.yml: the required keys and the components.</summary>
internal sealed record NewSite
{
    public required string Title { get; init; }

    public required string BaseUrl { get; init; }

    public required string Language { get; init; }

    public required string TimeZone { get; init; }

    public required IReadOnlyList<NewComponent> Components { get; init; }

    /// <summary>The day the site starts counting uptime (site-local), written as each component's <c>since</c>.</summary>
    public required DateOnly Since { get; init; }
}

/// <param name="Id">The id incident files use (<c>--component api=major_outage</c>).</param>
/// <param name="Name">What visitors read.</param>
internal sealed record NewComponent(string Id, string Name)
{
    /// <summary>Reads <c>ID=Name</c>; a bare name gets an id made from it (<c>"Web app"</c> becomes <c>web-app</c>).</summary>
    /// <exception cref="UsageException">The value is empty on either side of '='.</exception>
    public static NewComponent Parse(string value)
    {
        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && parts[0].Length > 0)
        {
            return new NewComponent(Loading.Slug.From(parts[0], "component"), parts[0]);
        }

        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
            ? new NewComponent(parts[0], parts[1])
            : throw new UsageException($"--component '{value}' is not ID=Name, e.g. --component api=API");
    }
}
