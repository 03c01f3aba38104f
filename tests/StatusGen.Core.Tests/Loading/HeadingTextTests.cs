using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using StatusGen.Loading;

namespace StatusGen.Tests.Loading;

/// <summary>
/// The update heading's scanner against the two regexes it replaced, kept here as the oracle: for any line built from
/// the pieces that decide a heading's shape (blanks, '#', digits of any script, separators, words, Unicode spaces),
/// both find the same content, the same timestamp and so the same status, at the same offsets.
/// </summary>
[TestClass]
public sealed partial class HeadingTextTests
{
    private static readonly string[] Pieces =
    [
        " ", " ", "  ", "\t", "#", "##", "###", "2026-11-10", "2026-1-10", "09:30", "9:30", ":05", ":5", "1", "12", "123",
        "٣", "٠٩", "-", ":", "Resolved", "Monitoring", "x", "a#", "\u00A0", "\u2003", "\u2028", ".", "\r",
    ];

    private static Arbitrary<string> Texts(string[] starts) =>
        (from start in Gen.Elements(starts)
         from count in Gen.Choose(0, 10)
         from picks in Gen.Elements(Pieces).ListOf(count)
         select start + string.Concat(picks)).ToArbitrary();

    [TestMethod]
    public void FindsTheContentTheHeadingRegexFindsOnAnyLine()
    {
        var lines = Texts(["## ", "##\t", "##", "   ## ", "    ## ", " ##  ", "# ", "", "## 2026-11-10 09:30 "]);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(5000),
            Prop.ForAll(lines, line =>
            {
                var match = Heading().Match(line);
                var found = HeadingText.TryContent(line, out var start, out var length);
                var content = match.Groups["content"];
                return found == match.Success && (!found || (start == content.Index && length == content.Length));
            }));
    }

    [TestMethod]
    public void SplitsTimestampAndStatusWhereThePartsRegexSplitsThem()
    {
        var contents = Texts(["2026-11-10 09:30", "2026-11-10\t9:30:05", "2026-11-10  09:30", "2026-11-10T09:30:00Z", "1", "2026-11-10", "2٠26-11-10 09:30"]);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(5000),
            Prop.ForAll(contents, content => HeadingText.TimestampLength(content) == Parts().Match(content).Groups["timestamp"].Length));
    }

    [TestMethod]
    [DataRow("## 2026-11-10 09:30 Resolved ##", 3, 25)]
    [DataRow("   ##\t2026-11-10 09:30 Resolved #  ", 6, 25)]
    [DataRow("## 2026-11-10 09:30 Resolved#", 3, 26)]
    [DataRow("## #", 3, 1)]
    [DataRow("##   ", 5, 0)]
    public void LeavesOutTheClosingSequenceAndTrailingBlanks(string line, int start, int length)
    {
        Assert.IsTrue(HeadingText.TryContent(line, out var foundStart, out var foundLength));
        Assert.AreEqual((start, length), (foundStart, foundLength));
    }

    [TestMethod]
    [DataRow("2026-11-10 09:30 Resolved", "2026-11-10 09:30")]
    [DataRow("2026-11-10 09:30:05 Resolved", "2026-11-10 09:30:05")]
    [DataRow("2026-11-10 09:30:5 Resolved", "2026-11-10")]
    [DataRow("2026-11-10T09:30Z Resolved", "2026-11-10T09:30Z")]
    public void ReadsTheTimestampAsTwoWordsOnlyWhenItIsADateAndATime(string content, string timestamp) =>
        Assert.AreEqual(timestamp, content[..HeadingText.TimestampLength(content)]);

    [GeneratedRegex(@"^ {0,3}##[ \t]+(?<content>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<timestamp>\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?=[ \t]|$)|\S+)(?<status>.*)$")]
    private static partial Regex Parts();
}
