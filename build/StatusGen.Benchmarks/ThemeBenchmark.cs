using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace StatusGen.Benchmarks;

/// <summary>
/// Issue 12: `statusgen build` of the demo and of 10,000 incidents with the default theme (precompiled, nothing compiled
/// at run time) and with a site's own templates, cold (empty template cache) and cached. Each run is a fresh process
/// running the CLI's entry point; its wall time and the process's CPU time (all threads, start-up included) are reported.
/// </summary>
internal static class ThemeBenchmark
{
    /// <summary>The child of `theme`: one CLI run in this fresh process, printed as "wall-ms cpu-ms".</summary>
    public static string RunOnce(string[] cliArguments)
    {
        var clock = Stopwatch.StartNew();
        var exit = (int)Assembly.Load(new AssemblyName("statusgen")).EntryPoint!.Invoke(null, [cliArguments])!;
        if (exit != 0)
        {
            throw new InvalidOperationException($"statusgen {string.Join(' ', cliArguments)} exited with {exit}");
        }

        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds:F0} {process.TotalProcessorTime.TotalMilliseconds:F0}");
    }

    public static string Run(string demoContent, string bigContent, string work, DateTimeOffset now, int repeat)
    {
        var table = new StringBuilder()
            .AppendLine("| Site | Theme | Template cache | `statusgen build` wall (ms) | CPU (ms) |")
            .AppendLine("| --- | --- | --- | ---: | ---: |");
        foreach (var (name, source) in new[] { ("demo", demoContent), ("10,000 incidents", bigContent) })
        {
            var root = Path.Combine(work, "theme-" + name.Replace(' ', '-').Replace(",", "", StringComparison.Ordinal));
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var plain = Copy(source, Path.Combine(root, "plain"));
            var custom = Copy(source, Path.Combine(root, "custom"));
            var cache = Path.Combine(root, "cache");

            // The usual start of a site's own theme: the layout and the banner ejected, the layout with an analytics tag.
            RunOnce(["theme", "eject", "Layout/Page", "Partials/StatusBanner", "--content", custom, "--path", "../acme"]);
            var layout = Path.Combine(root, "acme", "Layout", "Page.cshtml");
            File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<script defer src=\"/a.js\"></script>\n</body>", StringComparison.Ordinal));

            string[] Build(string content) => ["build", "--content", content, "--output", Path.Combine(root, "public-" + Guid.NewGuid().ToString("N")), "--now", now.ToString("O", CultureInfo.InvariantCulture), "--cache-dir", cache];
            var rows = new (string Theme, string Cache, Func<string[]> Args, bool ClearCache)[]
            {
                ("default", "-", () => Build(plain), false),
                ("own templates", "cold (empty)", () => Build(custom), true),
                ("own templates", "cached", () => Build(custom), false),
            };
            foreach (var row in rows)
            {
                var runs = new List<(double Wall, double Cpu)>();
                for (var i = 0; i < repeat; i++)
                {
                    if (row.ClearCache && Directory.Exists(cache))
                    {
                        Directory.Delete(cache, recursive: true);
                    }

                    var parts = RunChild(row.Args()).Split(' ');
                    runs.Add((double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture)));
                }

                var median = runs.OrderBy(r => r.Cpu).ElementAt(runs.Count / 2);
                table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {row.Theme} | {row.Cache} | {median.Wall:F0} | {median.Cpu:F0} |");
                Console.Error.WriteLine($"{name}, {row.Theme}, {row.Cache}: {string.Join(", ", runs.Select(r => $"{r.Wall:F0}/{r.Cpu:F0}"))}");
            }

            Directory.Delete(root, recursive: true);
        }

        return table.ToString();
    }

    private static string RunChild(string[] cliArguments)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ThemeBenchmark).Assembly.Location);
        }

        start.ArgumentList.Add("theme-once");
        foreach (var argument in cliArguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the benchmark");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout.Trim().Split('\n')[^1]
            : throw new InvalidOperationException($"theme-once exited with {process.ExitCode}: {stderr.Result}");
    }

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".statusgen", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
