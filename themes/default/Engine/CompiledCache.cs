using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// The site's compiled templates on disk, one file per key (tool build, template contents). A file is trusted only
/// when its own checksum matches: a truncated or damaged one reads as absent and is compiled again. Files are written
/// to a temporary name and renamed, so two builds at once never see half a file.
/// </summary>
internal sealed class CompiledCache(string folder)
{
    private static readonly byte[] Magic = "SGTPL01\n"u8.ToArray();

    public string Folder => folder;

    /// <summary>The cache key: the tool's build and version, RazorLight's, the imports and every template's key and text.</summary>
    public static string Key(IEnumerable<TemplateFile> templates, string? imports)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add("statusgen-templates-1");
        Add(StatusGen.Building.GeneratorInfo.Version);

        // A tool built from other sources with the same version number still changes the models the templates compile against.
        Add(typeof(CompiledCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(RazorLight.TemplatePage).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(imports ?? "");
        foreach (var template in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Add(template.Key);
            Add(template.Source);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    public (byte[] Assembly, byte[] Symbols)? Read(string key)
    {
        try
        {
            var bytes = File.ReadAllBytes(PathOf(key));
            var header = Magic.Length + 8 + 32;
            if (bytes.Length < header || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                return null;
            }

            var assemblyLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length));
            var symbolsLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length + 4));
            if (assemblyLength <= 0 || symbolsLength < 0 || (long)header + assemblyLength + symbolsLength != bytes.Length)
            {
                return null;
            }

            var body = bytes.AsSpan(header);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(Magic.Length + 8, 32)))
            {
                return null;
            }

            return (body[..assemblyLength].ToArray(), body[assemblyLength..].ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores a compiled set; a cache that cannot be written (read-only folder, full disk) only costs the next build a compile.</summary>
    public void Write(string key, byte[] assembly, byte[] symbols)
    {
        var temporary = Path.Combine(folder, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            var body = new byte[assembly.Length + symbols.Length];
            assembly.CopyTo(body, 0);
            symbols.CopyTo(body, assembly.Length);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                Span<byte> lengths = stackalloc byte[8];
                BinaryPrimitives.WriteInt32LittleEndian(lengths, assembly.Length);
                BinaryPrimitives.WriteInt32LittleEndian(lengths[4..], symbols.Length);
                stream.Write(Magic);
                stream.Write(lengths);
                stream.Write(SHA256.HashData(body));
                stream.Write(body);
            }

            File.Move(temporary, PathOf(key), overwrite: true);
            RemoveOthers(key);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    public bool Contains(string key) => File.Exists(PathOf(key));

    /// <summary>
    /// Sets of earlier template versions: a site renders with one set, so the folder keeps the newest only and does not
    /// grow with every edit of a template. (Sites that share one --cache-dir with different templates compile in turn.)
    /// </summary>
    private void RemoveOthers(string key)
    {
        var keep = Path.GetFileName(PathOf(key));
        foreach (var other in Directory.EnumerateFiles(folder, "templates-*.bin").Where(f => Path.GetFileName(f) != keep))
        {
            TryDelete(other);
        }
    }

    private string PathOf(string key) => Path.Combine(folder, $"templates-{key}.bin");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's write to overwrite under another name; harmless.
        }
    }
}
