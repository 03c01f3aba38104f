namespace StatusGen.Building;

/// <summary>What one build reads, writes and takes as the current time.</summary>
/// <param name="ContentDirectory">Folder holding site.yml, incidents/ and maintenance/.</param>
/// <param name="OutputDirectory">Folder replaced, as a whole, by the new site on success; untouched on failure.</param>
/// <param name="Now">The build's time: states, uptime windows and "ongoing" are computed against it, never the clock.</param>
public sealed record BuildOptions(string ContentDirectory, string OutputDirectory, DateTimeOffset Now)
{
    /// <summary>Output files whose bytes did not change keep their modification time (<c>statusgen build --incremental</c>).</summary>
    public bool KeepUnchangedTimes { get; init; }

    /// <summary>What content files produced before (a <see cref="Loading.ContentCache"/> on disk, <c>statusgen build</c>); null parses every file.</summary>
    public Loading.ContentFileMemo? Memo { get; init; }
}
