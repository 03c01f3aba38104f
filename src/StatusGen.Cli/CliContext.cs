namespace StatusGen.Cli;

/// <summary>What a command may touch of the outside world, so tests can run commands in-process.</summary>
/// <param name="Clock">Used only when neither --now nor SOURCE_DATE_EPOCH is given.</param>
/// <param name="Input">The terminal a command may ask questions on (`init`); null when stdin is redirected.</param>
internal sealed record CliContext(
    TextWriter Output,
    TextWriter Error,
    string WorkingDirectory,
    Func<string, string?> GetEnvironmentVariable,
    TimeProvider Clock,
    TextReader? Input = null)
{
    public static CliContext FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.CurrentDirectory,
        Environment.GetEnvironmentVariable,
        TimeProvider.System,
        Console.IsInputRedirected ? null : Console.In);

    /// <summary>A path from the command line, resolved against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}

/// <summary>Thrown by a command for bad command-line input; becomes exit code 2 with the message on stderr.</summary>
internal sealed class UsageException(string message) : Exception(message);
