namespace StatusGen.Diagnostics;

/// <summary>A place in a content file. Line and column are 1-based and count within the whole file.</summary>
/// <param name="Path">The path as the user gave it (relative to the working directory when possible), with '/' separators.</param>
public sealed record SourcePosition(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";

    public static SourcePosition StartOf(string path) => new(path, 1, 1);
}

/// <summary>A content file: the path shown in diagnostics and the absolute path it was read from.</summary>
public sealed record SourceFile(string DisplayPath, string FullPath)
{
    public SourcePosition At(int line, int column) => new(DisplayPath, line, column);
}
