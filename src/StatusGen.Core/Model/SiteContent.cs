namespace StatusGen.Model;

/// <summary>Everything loaded from a content folder, validated. Incidents and maintenance are newest first.</summary>
public sealed record SiteContent
{
    /// <summary>Absolute path of the content folder; assets such as the logo are resolved against it.</summary>
    public required string ContentRoot { get; init; }
    public required SiteConfig Site { get; init; }
    public required IReadOnlyList<Incident> Incidents { get; init; }
    public required IReadOnlyList<Maintenance> Maintenances { get; init; }
}
