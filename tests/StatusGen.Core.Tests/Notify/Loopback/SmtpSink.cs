using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace StatusGen.Tests.Notify.Loopback;

/// <summary>
/// A real SMTP server on 127.0.0.1 (tests/tools/smtp-sink.py on Debian's python3-aiosmtpd), started on a free port
/// and stopped on dispose; <see cref="Messages"/> reads back what arrived, in arrival order.
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    private readonly Process process;

    private SmtpSink(Process process, int port, string folder)
    {
        this.process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    /// <param name="failFirst">How many messages to answer with 451 before accepting.</param>
    /// <param name="auth">"user:password" to require AUTH.</param>
    public static SmtpSink Start(int failFirst = 0, string? auth = null)
    {
        var folder = Directory.CreateTempSubdirectory("statusgen-smtp-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ScriptPath(), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--folder", folder, "--fail-first", failFirst.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        if (auth is not null)
        {
            start.ArgumentList.Add("--auth");
            start.ArgumentList.Add(auth);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result != "ready")
        {
            process.Kill();
            throw new AssertInconclusiveException($"the SMTP sink did not start (is python3-aiosmtpd installed? build/install-test-deps.sh): {process.StandardError.ReadToEnd()}");
        }

        return new SmtpSink(process, port, folder);
    }

    /// <summary>Every message received so far, parsed by MimeKit.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        [.. Directory.EnumerateFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path))];

    /// <summary>The envelope recipients of message <paramref name="index"/> (0-based).</summary>
    public IReadOnlyList<string> Recipients(int index) =>
        [.. File.ReadAllLines(Path.Combine(Folder, $"{index + 1:D4}.envelope")).Where(l => l.StartsWith("RCPT TO:", StringComparison.Ordinal)).Select(l => l["RCPT TO:".Length..])];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ScriptPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "tools", "smtp-sink.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/tools/smtp-sink.py not found above the test binaries");
    }

    public void Dispose()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(5000))
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
