using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using StatusGen.Loading;

namespace StatusGen.Editing;

/// <summary>
/// Finds keys in an incident's front matter by reading lines, not by round-tripping YAML, so that comments,
/// quoting and spacing stay exactly as written. Knows only the block shapes the content format uses.
/// </summary>
internal sealed partial class FrontMatterText(TextLines lines, int open, int close)
{
    /// <summary>Index of the opening "---" line.</summary>
    public int Open { get; } = open;

    /// <summary>Index of the closing "---" line.</summary>
    public int Close { get; } = close;

    public TextLines Lines { get; } = lines;

    /// <summary>
    /// Finds the front matter with the loader's own reader (<see cref="FrontMatter.Split"/>), so that the editor never
    /// edits a file as front matter that <c>check</c> reads otherwise (a closing '...' line, for example).
    /// </summary>
    /// <exception cref="EditRefusedException">The file does not start with a closed front matter block.</exception>
    public static FrontMatterText Find(TextLines lines)
    {
        var text = lines.ToString()[lines.Bom.Length..];
        if (text.Replace("\r\n", "\n", StringComparison.Ordinal).Contains('\r', StringComparison.Ordinal))
        {
            // The loader counts a lone CR as a line break and the editor does not: their line numbers would differ.
            throw new EditRefusedException("the file has line breaks made of a lone carriage return (CR); save it with LF or CRLF line endings");
        }

        var source = new SourceText(new SourceFile("", ""), text);
        var diagnostics = new DiagnosticList();
        var split = FrontMatter.Split(source, diagnostics);
        if (split is null)
        {
            var error = diagnostics.ToImmutable().First(d => d.IsError);
            throw new EditRefusedException(error.Fix is null ? error.Message : $"{error.Message} ({error.Fix})");
        }

        // The YAML region ends where the closing line starts.
        var close = source.PositionAt(split.Yaml.Start + split.Yaml.Length).Line - 1;
        return new FrontMatterText(lines, 0, close);
    }

    /// <summary>The line index of a top-level key, or -1.</summary>
    public int FindKey(string key)
    {
        for (var i = Open + 1; i < Close; i++)
        {
            if (ParseEntry(Lines.Content(i)) is { Indent: 0 } entry && entry.Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The lines after <paramref name="keyLine"/> that are indented deeper than it (its block), as [start, end).</summary>
    public (int Start, int End) BlockOf(int keyLine)
    {
        var indent = TextLines.Indent(Lines.Content(keyLine));
        var end = keyLine + 1;
        var lastContent = keyLine;
        for (var i = keyLine + 1; i < Close; i++)
        {
            var content = Lines.Content(i);
            if (TextLines.IsBlankOrComment(content))
            {
                continue;
            }

            if (TextLines.Indent(content) <= indent)
            {
                break;
            }

            lastContent = i;
        }

        end = lastContent + 1;
        return (keyLine + 1, end);
    }

    /// <summary>A "key: value  # comment" line; null for anything else (list items, blank lines, comments).</summary>
    public static Entry? ParseEntry(string content)
    {
        var match = EntryPattern().Match(content);
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"].Value;
        var comment = CommentStart(rest);
        var value = comment < 0 ? rest : rest[..comment];
        return new Entry(
            match.Groups["indent"].Length,
            Unquote(match.Groups["key"].Value.Trim()),
            match.Groups["key"].Value.TrimEnd(),
            value.Trim(),
            comment < 0 ? "" : rest[comment..]);
    }

    /// <summary>The start of a YAML comment in a plain value: '#' after whitespace, outside quotes.</summary>
    private static int CommentStart(string rest)
    {
        var quote = '\0';
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && rest[..i].Trim().Length == 0)
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(rest[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unquote(string key) =>
        key.Length >= 2 && (key[0] == '"' || key[0] == '\'') && key[^1] == key[0] ? key[1..^1] : key;

    /// <param name="RawKey">The key as written, quotes included.</param>
    /// <param name="Value">The value without comment and surrounding spaces; empty for a block.</param>
    /// <param name="Comment">"# ..." with what follows it, or empty; the spaces before it stay in <see cref="Value"/>'s trimmed-off part.</param>
    internal sealed record Entry(int Indent, string Key, string RawKey, string Value, string Comment);

    // A key is everything up to the first ": " or a ':' at the end; a timestamp key such as
    // "2026-11-10 09:15" contains ':' without a following space and stays whole.
    [GeneratedRegex(@"^(?<indent> *)(?<key>(?:""[^""]*""|'[^']*'|[^\s#\-][^#]*?))\s*:(?<rest>(?:\s.*)?)$")]
    private static partial Regex EntryPattern();
}
