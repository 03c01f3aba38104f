using StatusGen.Diagnostics;
using StatusGen.Loading;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Import.Cstate;

/// <summary>One content/issues/*.md file split by the loader's front matter reader into its YAML (with positions) and body.</summary>
internal sealed record CstateIssueFile(string FileName, string DisplayPath, YamlMappingNode FrontMatter, TextRegion Yaml, TextRegion Body, SourcePosition Start)
{
    public SourcePosition At(YamlNode node) => Yaml.At(node.Start);

    /// <summary>Null when the file cannot be read as front matter and body; the error is reported at its position.</summary>
    /// <param name="site">The cState site's folder, its real path resolved once for every issue: like content files, a source must be a regular file inside it.</param>
    public static CstateIssueFile? Read(string path, string displayPath, ContentFolder site, DiagnosticList diagnostics)
    {
        var text = ContentFileReader.Read(new SourceFile(displayPath, path), site, diagnostics);
        if (text is null)
        {
            return null;
        }

        // The loader's messages name our format's keys; a cState file gets its own message at the same position.
        var split = new DiagnosticList();
        var frontMatter = Loading.FrontMatter.Split(text, split);
        if (frontMatter is null)
        {
            foreach (var problem in split.ToImmutable())
            {
                diagnostics.Error(DiagnosticCodes.ImportUnreadable, problem.Position, $"{problem.Message}; the issue was not imported",
                    "give it front matter between two '---' lines (title, date, ...) and import again");
            }

            return null;
        }

        var root = CstateYaml.Parse(frontMatter.Yaml, "the front matter", diagnostics, out var valid);
        if (!valid)
        {
            return null;
        }

        if (root is not (null or YamlMappingNode))
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, frontMatter.Yaml.At(root.Start), "the front matter is not a set of 'key: value' lines; the issue was not imported",
                "write the front matter as keys (title, date, ...) and import again");
            return null;
        }

        return new CstateIssueFile(Path.GetFileNameWithoutExtension(path), displayPath, root as YamlMappingNode ?? [], frontMatter.Yaml, frontMatter.Body, text.Start);
    }
}
