using FsCheck;
using FsCheck.Fluent;
using StatusGen.Editing;
using StatusGen.Model;

namespace StatusGen.Tests.Editing;

[TestClass]
public sealed class IncidentFileEditorPropertyTests
{
    private const string File = "---\r\ntitle: T # c\r\nstarted: 2026-11-10 09:00\r\ncomponents:\r\n  api: major_outage\r\n---\r\n\r\nSummary.\r\n\r\n## 2026-11-10 09:05 Investigating\r\nA.\r\n";

    [TestMethod]
    public void KeepsEveryOriginalLineAndTheLineEndingsWhateverTheMessage()
    {
        var messages = ArbMap.Default.ArbFor<string>().Filter(m =>
            m is not null && m.Trim().Length > 0 && !m.Contains('\0', StringComparison.Ordinal)
            && !m.ReplaceLineEndings("\n").Split('\n').Any(l => l.TrimStart(' ').StartsWith('#')));

        Prop.ForAll(messages, message =>
        {
            var edit = new IncidentEdit
            {
                At = new DateTimeOffset(2026, 11, 10, 9, 30, 0, TimeSpan.Zero),
                Status = IncidentUpdateStatus.Update,
                Message = message,
                Components = [new ComponentStatusEdit("api", ComponentStatus.PartialOutage)],
            };
            var result = IncidentFileEditor.Apply(File, edit, TimeZoneInfo.Utc).Text;

            var lines = result.Split("\r\n");
            var original = File.Split("\r\n").Where(l => l != "  api: major_outage").ToList();
            var index = 0;
            foreach (var line in lines)
            {
                index += index < original.Count && line == original[index] ? 1 : 0;
            }

            var bare = result.Replace("\r\n", "", StringComparison.Ordinal);
            return index == original.Count
                && !bare.Contains('\n', StringComparison.Ordinal) && !bare.Contains('\r', StringComparison.Ordinal)
                && result.Contains("## 2026-11-10 09:30 Update\r\n", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }
}
