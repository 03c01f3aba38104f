using System.Text;

namespace StatusGen.Cli.Init;

/// <summary>What <see cref="LayoutWriter"/> did, as paths relative to the repository folder.</summary>
internal sealed record LayoutReport(IReadOnlyList<string> Written, IReadOnlyList<string> Skipped);

/// <summary>Writes a layout without ever overwriting: a file that exists is kept as it is and reported as skipped.</summary>
internal static class LayoutWriter
{
    public static LayoutReport Write(string root, IEnumerable<LayoutFile> files)
    {
        var written = new List<string>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                // CreateNew, not an Exists check first: a file appearing in between is still never overwritten.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Text));
                written.Add(file.Path);
            }
            catch (IOException) when (File.Exists(path))
            {
                skipped.Add(file.Path);
            }
        }

        return new LayoutReport(written, skipped);
    }
}
