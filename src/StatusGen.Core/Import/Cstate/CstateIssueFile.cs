using StatusGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Import.Cstate;

/// <summary>One content/issues/*.md file split into its front matter (with positions) and body.</summary>
internal sealed record CstateIssueFile(string FileName, string DisplayPath, YamlMappingNode FrontMatter, string Body, int BodyFirstLine)
{
    /// <summary>Front matter starts on line 2, after the opening '---'.</summary>
    public const int FrontMatterFirstLine = 2;

    public SourcePosition At(YamlNode node) => YamlNodes.At(node, DisplayPath, FrontMatterFirstLine);

    public SourcePosition Start => new(DisplayPath, 1, 1);

    /// <summary>Null when the file cannot be read as front matter and body; the error is reported.</summary>
    public static CstateIssueFile? Read(string path, string displayPath, DiagnosticList diagnostics)
    {
        var lines = File.ReadAllText(path).TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourcePosition(displayPath, 1, 1), "the issue does not start with '---' front matter", "add front matter with title and date");
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourcePosition(displayPath, 1, 1), "the front matter is not closed by '---'");
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines[1..close])));
            var map = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? new YamlMappingNode();
            return new CstateIssueFile(Path.GetFileNameWithoutExtension(path), displayPath, map, string.Join('\n', lines[(close + 1)..]), close + 2);
        }
        catch (YamlException e)
        {
            diagnostics.Error(
                DiagnosticCodes.ImportUnreadable,
                YamlNodes.At(e.Start, displayPath, FrontMatterFirstLine),
                $"the front matter is not valid YAML: {e.InnerException?.Message ?? e.Message}",
                "fix it in the cState file and import again");
            return null;
        }
    }
}
