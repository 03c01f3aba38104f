using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StatusGen.Benchmarks;

/// <summary>
/// What editors' saves look like to a <see cref="FileSystemWatcher"/> (the one <c>statusgen serve</c> uses) on this
/// machine: the events of one save and how far apart they are. The saves are the real programs where they are
/// installed: vim (writes a new file and renames it over the old one by default), sed -i (a temporary file renamed
/// over the old one), and Node's fs.writeFileSync, which VS Code's save uses (truncate, then write in place).
/// The longest gap inside one save is what the debounce of <c>serve</c> must cover.
/// </summary>
internal static class EditorSaves
{
    private static readonly (string Name, string Program, Func<string, string[]> Arguments)[] Editors =
    [
        ("vim :wq", "vim", file => ["-n", "-es", "-u", "NONE", "-c", "set backup writebackup backupcopy=auto", "-c", "normal Goedited by vim", "-c", "wq", file]),
        ("sed -i", "sed", file => ["-i", "$ a edited by sed", file]),
        ("VS Code (Node fs.writeFileSync: truncate + write)", "node", file => ["-e", $"const fs=require('fs');const f={Quoted(file)};fs.writeFileSync(f, fs.readFileSync(f,'utf8')+'\\nedited by node\\n')"]),
        ("truncate, then write 20 ms later", "node", file => ["-e", $"const fs=require('fs');const f={Quoted(file)};const t=fs.readFileSync(f,'utf8');const h=fs.openSync(f,'w');setTimeout(()=>{{fs.writeSync(h,t+'\\nedited\\n');fs.closeSync(h);}},20)"]),
    ];

    public static string Run(string work, int saves)
    {
        var folder = Path.Combine(work, "editor-saves");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "2026-11-10-edited.md");
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Editor saves as FileSystemWatcher sees them ({saves} saves each; times from the first event of a save).")
            .AppendLine()
            .AppendLine("| editor | events per save | longest gap inside a save | whole burst (max) | event kinds |")
            .AppendLine("|---|---:|---:|---:|---|");
        foreach (var (name, program, arguments) in Editors)
        {
            var bursts = new List<List<(double Ms, string Kind)>>();
            for (var save = 0; save < saves; save++)
            {
                File.WriteAllText(file, "---\ntitle: Edited\nstarted: 2026-11-10 09:15\ncomponents:\n  api: major_outage\n---\nSummary.\n");
                Thread.Sleep(100);
                if (Burst(folder, () => Exec(program, arguments(file))) is { } burst)
                {
                    bursts.Add(burst);
                }
            }

            if (bursts.Count == 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | (not installed) | | | |");
                continue;
            }

            // The longest gap of all saves, and the event it follows: a rebuild inside it sees what the editor left at that point.
            var gaps = bursts.SelectMany(b => b.Zip(b.Skip(1), (a, c) => (Ms: c.Ms - a.Ms, After: a.Kind))).OrderByDescending(g => g.Ms).FirstOrDefault((Ms: 0.0, After: "-"));
            var kinds = string.Join(", ", bursts[0].Select(e => FormattableString.Invariant($"{e.Kind} (+{e.Ms:F1})")));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {bursts.Min(b => b.Count)}-{bursts.Max(b => b.Count)} | {gaps.Ms:F1} ms (after {gaps.After}) | {bursts.Max(b => b[^1].Ms):F1} ms | {kinds} |");
        }

        Directory.Delete(folder, recursive: true);
        return text.ToString();
    }

    /// <summary>The events while <paramref name="save"/> runs and for 300 ms after it, relative to the first.</summary>
    private static List<(double Ms, string Kind)>? Burst(string folder, Func<bool> save)
    {
        var events = new ConcurrentQueue<(double Ms, string Kind)>();
        var clock = Stopwatch.StartNew();
        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler record = (_, e) => events.Enqueue((clock.Elapsed.TotalMilliseconds, $"{e.ChangeType} {Path.GetFileName(e.FullPath)}"));
        watcher.Changed += record;
        watcher.Created += record;
        watcher.Deleted += record;
        watcher.Renamed += (_, e) => events.Enqueue((clock.Elapsed.TotalMilliseconds, $"Renamed {Path.GetFileName(e.OldFullPath)}->{Path.GetFileName(e.FullPath)}"));
        watcher.EnableRaisingEvents = true;
        if (!save())
        {
            return null;
        }

        Thread.Sleep(300);
        watcher.EnableRaisingEvents = false;
        var list = events.ToList();
        return list.Count == 0 ? [] : [.. list.Select(e => (e.Ms - list[0].Ms, e.Kind))];
    }

    private static bool Exec(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            process.StandardInput.Close();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }

    private static string Quoted(string path) => System.Text.Json.JsonSerializer.Serialize(path);
}
