using StatusGen.Diagnostics;
using StatusGen.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Import.Cstate;

/// <summary>The loader's YAML reader for cState files; its errors are reported as SG0604 at the same position.</summary>
internal static class CstateYaml
{
    /// <summary>Far beyond any real front matter; YamlDotNet builds nodes recursively, and ~75,000 '[' overflow the stack.</summary>
    public const int MaxDepth = 100;

    public static YamlNode? Parse(TextRegion region, string what, DiagnosticList diagnostics, out bool valid)
    {
        if (TooDeep(region.Content) is { } mark)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, region.At(mark), $"{what} nests lists or mappings more than {MaxDepth} levels deep",
                "fix it in the cState file and import again");
            valid = false;
            return null;
        }

        var local = new DiagnosticList();
        var root = YamlText.Parse(region, local);
        foreach (var problem in local.ToImmutable())
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, problem.Position, $"{what} is not valid YAML: {problem.Message}", "fix it in the cState file and import again");
        }

        valid = !local.HasErrors;
        return root;
    }

    /// <summary>
    /// Where nesting passes the limit, read from YamlDotNet's event stream, which keeps its state on a heap stack; only
    /// building the node tree afterwards recurses. Syntax errors are left to the real parse, which reports them.
    /// </summary>
    private static Mark? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is SequenceStart or MappingStart && ++depth > MaxDepth)
                {
                    return parser.Current.Start;
                }

                if (parser.Current is SequenceEnd or MappingEnd)
                {
                    depth--;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Reported by the real parse.
        }

        return null;
    }
}
