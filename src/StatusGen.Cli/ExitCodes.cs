namespace StatusGen.Cli;

/// <summary>The documented exit codes (docs/cli.md). Scripts and CI rely on them: never renumber.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors; every one was printed as path:line:col.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong (unknown option, bad --now, missing argument).</summary>
    public const int UsageError = 2;

    /// <summary>Files could not be read or written (permissions, disk full); the previous output is untouched.</summary>
    public const int IoError = 3;

    /// <summary>statusgen notify: some deliveries failed and stay pending in the ledger for the next run.</summary>
    public const int DeliveryFailed = 4;

    /// <summary>A bug in StatusGen (EX_SOFTWARE from sysexits.h).</summary>
    public const int InternalError = 70;
}
