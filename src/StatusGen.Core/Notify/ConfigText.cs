using System.Text;
using System.Text.RegularExpressions;
using StatusGen.Diagnostics;

namespace StatusGen.Notify;

/// <summary>
/// A site.yml value that may name environment variables as <c>${NAME}</c>. Only the template is kept in the model,
/// so a built site, a dry run or an error message can show it without ever holding a secret.
/// </summary>
/// <param name="Position">The value's position in site.yml (1-based line and column).</param>
public sealed partial record ConfigText(string Template, SourcePosition Position)
{
    /// <summary>The variable names in order of appearance.</summary>
    public IReadOnlyList<string> Variables => [.. Reference().Matches(Template).Select(m => m.Groups[1].Value)];

    public bool HasVariables => Template.Contains("${", StringComparison.Ordinal);

    /// <summary>The value with every variable replaced; null and the first unset variable's name when one is missing or empty.</summary>
    public (string? Value, string? Missing) Resolve(Func<string, string?> environment)
    {
        var text = new StringBuilder();
        var last = 0;
        foreach (Match match in Reference().Matches(Template))
        {
            var value = environment(match.Groups[1].Value);
            if (string.IsNullOrEmpty(value))
            {
                return (null, match.Groups[1].Value);
            }

            text.Append(Template, last, match.Index - last).Append(value);
            last = match.Index + match.Length;
        }

        return (text.Append(Template, last, Template.Length - last).ToString(), null);
    }

    /// <summary>True when every '${' opens a well-formed reference, so a typo is reported at load rather than sent literally.</summary>
    public static bool IsWellFormed(string template) =>
        Reference().Replace(template, "").IndexOf("${", StringComparison.Ordinal) < 0;

    public override string ToString() => Template;

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();
}
