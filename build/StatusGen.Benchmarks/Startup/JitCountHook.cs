// The runtime finds a startup hook by this exact name, outside any namespace (DOTNET_STARTUP_HOOKS).
#pragma warning disable CA1050

/// <summary>
/// Loaded into a measured statusgen process by <c>DOTNET_STARTUP_HOOKS</c> (the benchmark's own assembly): at exit it
/// writes how many methods the process JIT-compiled, which is what ReadyToRun and lazy start-up work save.
/// </summary>
internal static class StartupHook
{
    /// <summary>The file the count is written to.</summary>
    public const string OutputVariable = "STATUSGEN_BENCH_JIT_COUNT";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } path)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                File.WriteAllText(path, System.Runtime.JitInfo.GetCompiledMethodCount().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
#pragma warning restore CA1050
