using System.Text;

namespace StatusGen.Tests.Calendar;

/// <summary>
/// A small RFC 5545 reader for the tests: checks CRLF line ends and the 75-octet limit, unfolds continuation lines,
/// splits NAME;PARAMS:VALUE and unescapes TEXT values. Components become nested lists of properties.
/// </summary>
internal static class ICalendarReader
{
    public sealed record Property(string Name, string Value);

    public sealed record Component(string Name, IReadOnlyList<Property> Properties, IReadOnlyList<Component> Children)
    {
        public string this[string name] => Properties.Single(p => p.Name == name).Value;
    }

    public static Component Read(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text, "the last line ends with CRLF too");
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert.DoesNotContain("\n", line, "bare LF inside a line");
            Assert.IsLessThanOrEqualTo(75, Encoding.UTF8.GetByteCount(line), $"line longer than 75 octets: {line}");
        }

        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var index = 0;
        var root = ReadComponent(logical, ref index);
        Assert.AreEqual(logical.Count, index, "nothing after END:VCALENDAR");
        return root;
    }

    public static string Unescape(string value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                result.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    private static Component ReadComponent(List<string> lines, ref int index)
    {
        var (beginName, name) = Split(lines[index++]);
        Assert.AreEqual("BEGIN", beginName);
        var properties = new List<Property>();
        var children = new List<Component>();
        while (true)
        {
            var (key, value) = Split(lines[index]);
            if (key == "BEGIN")
            {
                children.Add(ReadComponent(lines, ref index));
                continue;
            }

            index++;
            if (key == "END")
            {
                Assert.AreEqual(name, value);
                return new Component(name, properties, children);
            }

            properties.Add(new Property(key, value));
        }
    }

    private static (string Name, string Value) Split(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        Assert.IsGreaterThan(0, colon, $"not a content line: {line}");
        return (line[..colon].Split(';')[0], line[(colon + 1)..]);
    }
}
