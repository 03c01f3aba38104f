using System.Runtime.InteropServices;

namespace StatusGen.Publishing;

/// <summary>Exchanges two folders in one step, so that a reader (or a kill) never finds the output missing.</summary>
internal static partial class DirectorySwap
{
    private const uint RenameExchange = 2; // RENAME_EXCHANGE from linux/fs.h

    /// <summary>
    /// Afterwards <paramref name="a"/> holds what <paramref name="b"/> held and the other way round, in one
    /// renameat2(RENAME_EXCHANGE) call: atomic even against kill -9.
    /// </summary>
    /// <returns>False, with nothing changed, where that call does not exist (other systems, old C libraries, file systems without it).</returns>
    /// <exception cref="IOException">The call exists but failed; both folders are as they were.</exception>
    public static bool TryExchange(string a, string b) => OperatingSystem.IsLinux() && TryRenameExchange(a, b);

    private static bool TryRenameExchange(string a, string b)
    {
        int result;
        try
        {
            result = RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without renameat2 (glibc before 2.28): use the fallback
        }

        if (result == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno is ENOSYS or EINVAL or ENOTSUP
            ? false
            : throw new IOException($"cannot swap '{a}' and '{b}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const int ENOSYS = 38;
    private const int EINVAL = 22;
    private const int ENOTSUP = 95;

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
