using System.CommandLine;
using System.CommandLine.Parsing;
using StatusGen.Diagnostics;

namespace StatusGen.Cli;

/// <summary>Parse errors as a user should read them: a mistyped command or option gets "did you mean ...?".</summary>
internal static class TypoSuggestion
{
    /// <summary>
    /// The errors worth printing: after a mistyped command ('statusgen biuld') the parser also says no command was
    /// given, which only hides the real mistake.
    /// </summary>
    public static IEnumerable<ParseError> Relevant(ParseResult parseResult)
    {
        var mistyped = parseResult.Errors.Where(e => Token(e, parseResult) is not null).ToList();
        return mistyped.Count == 0
            ? parseResult.Errors
            : parseResult.Errors.Where(e => mistyped.Contains(e) || e.SymbolResult is not CommandResult { Command.Subcommands.Count: > 0 });
    }

    /// <summary>The error's message, with " (did you mean 'build'?)" before its full stop when a name is close.</summary>
    public static string Message(ParseError error, ParseResult parseResult)
    {
        if (Token(error, parseResult) is not { } token)
        {
            return error.Message;
        }

        var command = parseResult.CommandResult.Command;
        var names = token.StartsWith('-')
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        return DidYouMean.Find(token, names.Where(n => n.Length > 2)) is { } match
            ? $"{error.Message.TrimEnd('.')} (did you mean '{match}'?)."
            : error.Message;
    }

    private static string? Token(ParseError error, ParseResult parseResult) =>
        parseResult.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
}
