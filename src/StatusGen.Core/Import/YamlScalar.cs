using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StatusGen.Import;

/// <summary>Writes a string as a YAML scalar: plain when that reads back as the same string, else double-quoted.</summary>
internal static partial class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    public static string Of(string value)
    {
        if (value.Length > 0 && SafePlain().IsMatch(value) && !Reserved.Contains(value)
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // Starts with a letter or digit, no ": " or " #", no flow or quote characters, no trailing space.
    [GeneratedRegex(@"^[\p{L}\p{N}](?:[^:#""'\[\]{},&*!|>%@`\r\n\t]|:(?! |$)|#)*(?<! )$")]
    private static partial Regex SafePlain();
}
