using System.Reflection;

namespace StatusGen.Building;

public static class GeneratorInfo
{
    public const string Name = "StatusGen";

    /// <summary>The informational version without the source-revision suffix, e.g. "0.1.0".</summary>
    public static readonly string Version =
        (typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
