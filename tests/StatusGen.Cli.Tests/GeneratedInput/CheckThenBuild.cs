using System.Text;
using System.Text.RegularExpressions;

namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>
/// The invariant every generated input is held to: run <c>check</c> then <c>build</c> through the real CLI entry
/// point; neither is an internal error (exit 70), they agree on whether the content is good, and every diagnostic
/// points at a line that exists in its file.
/// </summary>
internal static partial class CheckThenBuild
{
    public const string Now = "2026-11-30T12:00:00Z";

    /// <returns>Null when the invariant holds, else a description of how it failed.</returns>
    public static string? Violation(CliHarness harness)
    {
        var check = harness.Run("check", "--now", Now);
        var build = harness.Run("build", "--now", Now, "--output", "public");
        foreach (var (name, run) in new[] { ("check", check), ("build", build) })
        {
            if (run.ExitCode is not (ExitCodes.Success or ExitCodes.ContentErrors))
            {
                return $"{name} exited {run.ExitCode}:\n{run}";
            }

            if (Outside(harness, run) is { } outside)
            {
                return $"{name} reported a position outside its file: {outside}";
            }
        }

        return check.ExitCode == build.ExitCode ? null : $"check and build disagree:\ncheck: {check}\nbuild: {build}";
    }

    /// <summary>The first diagnostic line whose line number is not inside the file it names.</summary>
    private static string? Outside(CliHarness harness, CliRun run)
    {
        foreach (var line in run.ErrorLines)
        {
            if (Diagnostic().Match(line) is not { Success: true } match)
            {
                continue;
            }

            var path = Path.Combine(harness.Root, match.Groups["path"].Value);
            var lineNumber = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var column = int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var lines = File.Exists(path) ? LineCount(File.ReadAllBytes(path)) : 1;
            if (lineNumber < 1 || lineNumber > lines || column < 1)
            {
                return $"{line} (the file has {lines} lines)";
            }
        }

        return null;
    }

    /// <summary>Lines as the loader counts them: "\n", "\r\n" and a lone "\r" each end one.</summary>
    private static int LineCount(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r') + 1;
    }

    [GeneratedRegex(@"^(?<path>[^:\n]+):(?<line>\d+):(?<column>\d+): (error|warning) SG\d{4}:")]
    private static partial Regex Diagnostic();
}
