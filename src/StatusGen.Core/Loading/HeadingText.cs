namespace StatusGen.Loading;

/// <summary>
/// The parts of an update heading's line, found by plain scanning (they run on every update of every build; the
/// regexes they replace allocated a Match and its Groups each time). Each method answers exactly what the regex named
/// in its summary answers; the property tests keep those regexes as the oracle.
/// </summary>
internal static class HeadingText
{
    /// <summary>
    /// The text of a '##' heading line, as <c>^ {0,3}##[ \t]+(?&lt;content&gt;.*?)(?:[ \t]+#+)?[ \t]*$</c> finds it on a
    /// line without line breaks: after up to three spaces, '##' and at least one blank; without a closing sequence of
    /// '#' (one that follows a blank) and without trailing blanks.
    /// </summary>
    /// <returns>False when the line is not such a heading.</returns>
    public static bool TryContent(ReadOnlySpan<char> line, out int start, out int length)
    {
        start = length = 0;
        var i = 0;
        while (i < line.Length && i < 4 && line[i] == ' ')
        {
            i++;
        }

        if (i > 3 || !line[i..].StartsWith("##") || i + 2 >= line.Length || !IsBlank(line[i + 2]))
        {
            return false;
        }

        i += 2;
        while (i < line.Length && IsBlank(line[i]))
        {
            i++;
        }

        var end = line.Length;
        while (end > i && IsBlank(line[end - 1]))
        {
            end--;
        }

        // A closing sequence counts only after a blank that follows some content; the blanks before it go with it.
        var hashes = end;
        while (hashes > i && line[hashes - 1] == '#')
        {
            hashes--;
        }

        if (hashes < end && hashes > i && IsBlank(line[hashes - 1]))
        {
            end = hashes;
            while (end > i && IsBlank(line[end - 1]))
            {
                end--;
            }
        }

        start = i;
        length = end - i;
        return true;
    }

    /// <summary>
    /// Where the timestamp of a heading's content ends, as the 'timestamp' group of
    /// <c>^(?&lt;timestamp&gt;\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?=[ \t]|$)|\S+)(?&lt;status&gt;.*)$</c> does
    /// on a text without line breaks: the date and time as two words when they are written so, else the first word.
    /// The status is the rest.
    /// </summary>
    public static int TimestampLength(ReadOnlySpan<char> content)
    {
        if (DateAndTimeLength(content) is var both and > 0)
        {
            return both;
        }

        var word = 0;
        while (word < content.Length && !char.IsWhiteSpace(content[word]))
        {
            word++;
        }

        return word;
    }

    private static int DateAndTimeLength(ReadOnlySpan<char> text)
    {
        // \d is any Unicode decimal digit, as char.IsDigit is.
        var i = 0;
        if (!Digits(text, ref i, 4) || !Char(text, ref i, '-') || !Digits(text, ref i, 2) || !Char(text, ref i, '-') || !Digits(text, ref i, 2))
        {
            return 0;
        }

        var blanks = i;
        while (i < text.Length && IsBlank(text[i]))
        {
            i++;
        }

        if (i == blanks)
        {
            return 0;
        }

        var hour = i;
        while (i < text.Length && i - hour < 2 && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i == hour || !Char(text, ref i, ':') || !Digits(text, ref i, 2))
        {
            return 0;
        }

        var seconds = i;
        if (!Char(text, ref seconds, ':') || !Digits(text, ref seconds, 2))
        {
            seconds = i;
        }

        // With seconds read or not, a word may not go on after the time; without them a ':' follows, no blank.
        return seconds == text.Length || IsBlank(text[seconds]) ? seconds : 0;
    }

    private static bool Digits(ReadOnlySpan<char> text, ref int i, int count)
    {
        for (var end = i + count; i < end; i++)
        {
            if (i >= text.Length || !char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Char(ReadOnlySpan<char> text, ref int i, char expected)
    {
        if (i < text.Length && text[i] == expected)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';
}
