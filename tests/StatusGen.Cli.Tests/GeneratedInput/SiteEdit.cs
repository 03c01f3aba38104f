using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace StatusGen.Cli.Tests.GeneratedInput;

internal enum SiteEditKind
{
    AppendToUpdate,
    RetitleIncident,
    AddIncident,
    RemoveIncident,
    EditMaintenance,
    ChangeSiteYml,
    BreakFile,
    FixFiles,
    RewriteSameBytes,
}

/// <summary>
/// One edit a person makes to a content folder while the preview runs. <see cref="Target"/> picks an incident by
/// index (modulo how many there are), <see cref="Variant"/> picks which text or which way of breaking a file.
/// Broken files remember their text, so that a later <see cref="SiteEditKind.FixFiles"/> restores it.
/// </summary>
internal sealed record SiteEdit(SiteEditKind Kind, int Target, int Variant)
{
    /// <summary>Any edit: every kind, on any of the first 41 incidents (wrapping around), in any of 16 variants.</summary>
    public static readonly Gen<SiteEdit> Any =
        from kind in Gen.Elements(Enum.GetValues<SiteEditKind>())
        from target in Gen.Choose(0, 40)
        from variant in Gen.Choose(0, 15)
        select new SiteEdit(kind, target, variant);

    public override string ToString() => $"{Kind}({Target}, {Variant})";

    public void Apply(string content, Dictionary<string, byte[]> broken)
    {
        var incidents = Directory.GetFiles(Path.Combine(content, "incidents"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var incident = incidents.Length == 0 ? null : incidents[Target % incidents.Length];
        var siteYml = Path.Combine(content, "site.yml");
        switch (Kind)
        {
            case SiteEditKind.AppendToUpdate when incident is not null:
                File.AppendAllText(incident, $"\nMore detail, edit {Variant}: the *queue* drained at `{Variant}` messages a second.\n");
                break;
            case SiteEditKind.RetitleIncident when incident is not null:
                ReplaceLine(incident, "title:", $"title: Edited title {Variant}");
                break;
            case SiteEditKind.AddIncident when incident is not null:
                // A copy of an existing incident under a new name: valid content unless it repeats an alias.
                File.Copy(incident, Path.Combine(content, "incidents", $"2026-11-{10 + (Variant % 10)}-added-{Variant}.md"), overwrite: true);
                break;
            case SiteEditKind.RemoveIncident when incident is not null:
                File.Delete(incident);
                broken.Remove(incident);
                break;
            case SiteEditKind.EditMaintenance:
                var maintenance = Directory.GetFiles(Path.Combine(content, "maintenance"), "*.md").Order(StringComparer.Ordinal).FirstOrDefault();
                if (maintenance is not null)
                {
                    File.AppendAllText(maintenance, $"\nMaintenance note {Variant}.\n");
                }

                break;
            case SiteEditKind.ChangeSiteYml:
                ChangeSite(siteYml, broken);
                break;
            case SiteEditKind.BreakFile when incident is not null:
                Break(incident, broken);
                break;
            case SiteEditKind.FixFiles:
                foreach (var (path, bytes) in broken)
                {
                    File.WriteAllBytes(path, bytes);
                }

                broken.Clear();
                break;
            case SiteEditKind.RewriteSameBytes when incident is not null:
                File.WriteAllBytes(incident, File.ReadAllBytes(incident));
                break;
        }
    }

    private void ChangeSite(string siteYml, Dictionary<string, byte[]> broken)
    {
        switch (Variant % 4)
        {
            case 0:
                ReplaceLine(siteYml, "title:", $"title: Parcelwise Status {Variant}");
                break;
            case 1:
                // Every time in every file is read in the site's zone: all of them change.
                ReplaceLine(siteYml, "timezone:", Variant % 8 == 1 ? "timezone: UTC" : "timezone: America/New_York");
                break;
            case 2:
                ReplaceLine(siteYml, "language:", Variant % 8 == 2 ? "language: de" : "language: en");
                break;
            default:
                // An unreadable site.yml: nothing builds until it is fixed.
                Break(siteYml, broken);
                break;
        }
    }

    private void Break(string path, Dictionary<string, byte[]> broken)
    {
        var bytes = File.ReadAllBytes(path);
        broken.TryAdd(path, bytes);
        switch (Variant % 4)
        {
            case 0:
                File.WriteAllBytes(path, []); // a save caught between truncate and write
                break;
            case 1:
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case 2:
                File.WriteAllBytes(path, [.. bytes.Take(20), 0, .. bytes.Skip(20)]);
                break;
            default:
                File.WriteAllText(path, Encoding.UTF8.GetString(bytes).Replace("title:", "title: [unclosed", StringComparison.Ordinal));
                break;
        }
    }

    private static void ReplaceLine(string path, string prefix, string line)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (index >= 0)
        {
            lines[index] = line;
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
        }
    }
}
