using StatusGen.Diagnostics;
using StatusGen.Loading;

namespace StatusGen.Tests.Loading;

[TestClass]
public sealed class SourceTextTests
{
    private static readonly SourceFile File = new("content/x.md", "/content/x.md");

    [TestMethod]
    public void MapsOffsetsToOneBasedLinesAndColumnsAcrossLfCrlfAndLoneCr()
    {
        var text = new SourceText(File, "ab\ncd\r\nef\rgh");

        Assert.AreEqual("content/x.md:1:1", text.PositionAt(0).ToString());
        Assert.AreEqual("content/x.md:1:3", text.PositionAt(2).ToString());
        Assert.AreEqual("content/x.md:2:1", text.PositionAt(3).ToString());
        Assert.AreEqual("content/x.md:2:3", text.PositionAt(5).ToString(), "the \\r of \\r\\n is still on line 2");
        Assert.AreEqual("content/x.md:3:1", text.PositionAt(7).ToString());
        Assert.AreEqual("content/x.md:4:2", text.PositionAt(11).ToString());
        Assert.AreEqual(4, text.LineCount);
        Assert.AreEqual("ef", text.LineText(2));
    }

    [TestMethod]
    public void CountsATabAsOneColumn()
    {
        var text = new SourceText(File, "\tx: 1");

        Assert.AreEqual(2, text.PositionAt(1).Column);
    }

    [TestMethod]
    public void MapsYamlMarksAndMarkdownSpansOfRegionsIntoTheWholeFile()
    {
        var source = new SourceText(File, "---\r\ntitle: x\r\n---\r\nbody\r\n## 2026\r\n");
        var frontMatter = FrontMatter.Split(source, new DiagnosticList())!;
        var yaml = YamlText.Parse(frontMatter.Yaml, new DiagnosticList()) as YamlDotNet.RepresentationModel.YamlMappingNode;

        var value = yaml!.Children.Single().Value;

        Assert.AreEqual("content/x.md:2:8", frontMatter.Yaml.At(value.Start).ToString());
        Assert.AreEqual("content/x.md:4:1", frontMatter.Body.At(0).ToString());
        Assert.AreEqual("content/x.md:5:4", frontMatter.Body.At("body\r\n## ".Length).ToString());
    }

    [TestMethod]
    public void ClampsOffsetsPastTheEndToTheEnd()
    {
        var text = new SourceText(File, "a\nbc");

        Assert.AreEqual("content/x.md:2:3", text.PositionAt(99).ToString());
    }
}
