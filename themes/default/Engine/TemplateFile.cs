namespace StatusGen.Themes.Default.Engine;

/// <summary>One template of a site's theme folder.</summary>
/// <param name="DisplayPath">The file as diagnostics name it (relative to the working folder, '/' separators).</param>
public sealed record TemplateFile(string Key, string DisplayPath, string Source);
