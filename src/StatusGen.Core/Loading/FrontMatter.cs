using StatusGen.Diagnostics;

namespace StatusGen.Loading;

/// <summary>A Markdown content file split into its YAML front matter and its body.</summary>
/// <param name="Opening">Where the opening '---' line is; missing keys are reported here.</param>
internal sealed record FrontMatter(TextRegion Yaml, TextRegion Body, SourcePosition Opening)
{
    /// <summary>Splits at the first line and the next line that are exactly '---' (trailing spaces allowed).</summary>
    public static FrontMatter? Split(SourceText text, DiagnosticList diagnostics)
    {
        if (!IsDelimiter(text.LineText(0)))
        {
            diagnostics.Error(
                DiagnosticCodes.MissingFrontMatter,
                text.Start,
                "the file does not start with front matter",
                "make the first line '---', then the keys (title, started, ...), then a line '---'");
            return null;
        }

        for (var line = 1; line < text.LineCount; line++)
        {
            if (IsDelimiter(text.LineText(line)))
            {
                var yamlStart = text.LineStart(1);
                var bodyStart = line + 1 < text.LineCount ? text.LineStart(line + 1) : text.Text.Length;
                return new FrontMatter(text.Region(yamlStart, text.LineStart(line)), text.Region(bodyStart, text.Text.Length), text.Start);
            }
        }

        diagnostics.Error(
            DiagnosticCodes.UnclosedFrontMatter,
            text.Start,
            "the front matter opened here is never closed",
            "add a line '---' after the last front matter key");
        return null;
    }

    /// <summary>The front matter's keys (unknown ones reported), or null when its YAML has errors (reported).</summary>
    public YamlFields? ReadFields(IReadOnlyCollection<string> keys, DiagnosticList diagnostics)
    {
        var root = YamlText.Parse(Yaml, diagnostics);
        return diagnostics.HasErrors ? null : YamlFields.Of(root, new YamlSource(Yaml, diagnostics), Opening, "the front matter", keys);
    }

    private static bool IsDelimiter(string line) => line.TrimEnd() == "---";
}
