namespace StatusGen.Loading;

/// <summary>
/// The documented limits of the content format (docs/content-format.md, "Limits"). They keep every stage's cost
/// proportional to the input and far from the parsers' own recursion limits, so no input can crash or stall a build.
/// </summary>
public static class ContentLimits
{
    /// <summary>Largest content file (site.yml, incident, maintenance, extra CSS), in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Longest line, in UTF-16 characters.</summary>
    public const int MaxLineLength = 10_000;

    /// <summary>Deepest nesting of YAML lists and mappings (the content format needs 4).</summary>
    public const int MaxYamlDepth = 32;

    /// <summary>Deepest nesting of Markdown containers (lists, quotes) and of brackets or emphasis runs in one paragraph.</summary>
    public const int MaxMarkdownDepth = 32;

    /// <summary>
    /// Longest paragraph (or table, or run of lines without a blank line), in characters. Markdig's inline parsing
    /// (autolinks, reference links, emphasis) costs more than linear time in a paragraph's length; fenced code is exempt.
    /// </summary>
    public const int MaxParagraphLength = 20_000;

    /// <summary>Most emphasis delimiter runs ('*', '_', '~', '^', '==', '++') in one paragraph: Markdig pairs them in quadratic time.</summary>
    public const int MaxEmphasisRuns = 200;

    /// <summary>
    /// Most link reference definitions ('[label]: address' lines, counted as an upper bound outside fenced code) in one
    /// Markdown text: Markdig moves each one between blocks with a linear search, so their cost grows quadratically.
    /// </summary>
    public const int MaxReferenceDefinitions = 500;

    /// <summary>Most '## timestamp Status' updates in one file.</summary>
    public const int MaxUpdates = 1000;
}
