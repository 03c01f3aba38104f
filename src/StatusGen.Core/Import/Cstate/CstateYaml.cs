using StatusGen.Diagnostics;
using StatusGen.Loading;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Import.Cstate;

/// <summary>The loader's YAML reader (and its guards) for cState files; its errors are reported as SG0604 at the same position.</summary>
internal static class CstateYaml
{
    public static YamlNode? Parse(TextRegion region, string what, DiagnosticList diagnostics, out bool valid)
    {
        var local = new DiagnosticList();
        var root = YamlText.Parse(region, local);
        foreach (var problem in local.ToImmutable())
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, problem.Position, $"{what} is not valid YAML: {problem.Message}", "fix it in the cState file and import again");
        }

        valid = !local.HasErrors;
        return root;
    }
}
