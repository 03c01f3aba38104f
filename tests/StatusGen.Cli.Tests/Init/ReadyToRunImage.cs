using System.Reflection.PortableExecutable;

namespace StatusGen.Cli.Tests.Init;

/// <summary>Tells a ReadyToRun (precompiled) assembly from a plain IL one by its PE headers.</summary>
internal static class ReadyToRunImage
{
    /// <summary>
    /// True when the CLI header points at a ReadyToRun header (the "managed native header"): crossgen writes it, the C#
    /// compiler never does. A component of a composite image has it too, pointing into the composite file.
    /// </summary>
    public static bool IsPrecompiled(Stream assembly)
    {
        using var reader = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
