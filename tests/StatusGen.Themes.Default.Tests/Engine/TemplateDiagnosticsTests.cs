using StatusGen.Themes.Default.Engine;

namespace StatusGen.Themes.Default.Tests.Engine;

[TestClass]
public sealed class TemplateDiagnosticsTests
{
    [TestMethod]
    public void ReportsARazorSyntaxErrorAtTheTemplatesLineAndColumn()
    {
        using var folder = new TemplateFolder().With("Pages/Incident.cshtml", "@inherits RazorLight.TemplatePage<string>\n<h1>@Model</h1>\n@if (Model.Length > 0) {\n  <p>open</p>\n");

        var lines = folder.Load().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.HasCount(1, lines);
        StringAssert.StartsWith(lines[0], "themes/acme/Pages/Incident.cshtml:3:2: error SG0802: RZ1006: The if block is missing a closing \"}\" character.", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ReportsACSharpErrorAtTheColumnOfTheExpressionInTheTemplate()
    {
        using var folder = new TemplateFolder().With("Pages/Incident.cshtml", "@inherits RazorLight.TemplatePage<string>\n<h1>@Model</h1>\n<p>Length: @Model.Lenght</p>\n");

        var lines = folder.Load().Diagnostics.Select(d => d.ToString()).ToList();

        Assert.HasCount(1, lines);
        StringAssert.StartsWith(lines[0], "themes/acme/Pages/Incident.cshtml:3:19: error SG0803: CS1061: 'string' does not contain a definition for 'Lenght'", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ReportsACSharpErrorInsideACodeBlockAtItsLine()
    {
        using var folder = new TemplateFolder().With("Layout/Page.cshtml", "@inherits RazorLight.TemplatePage<string>\n@{\n    var title = Model.ToUpperCase();\n}\n<title>@title</title>\n@RenderBody()\n");

        var line = folder.Load().Diagnostics.Single().ToString();

        StringAssert.StartsWith(line, "themes/acme/Layout/Page.cshtml:3:23: error SG0803: CS1061: 'string' does not contain a definition for 'ToUpperCase'", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ReportsEveryErrorOfEveryTemplateInOneRun()
    {
        using var folder = new TemplateFolder()
            .With("Pages/Home.cshtml", "@inherits RazorLight.TemplatePage<string>\n<p>@Model.Nope</p>\n<p>@Missing</p>\n")
            .With("Pages/Incident.cshtml", "@inherits RazorLight.TemplatePage<string>\n@{ \n")
            .With("Partials/Row.cshtml", "@inherits RazorLight.TemplatePage<int>\n<td>@(Model + \"x\").Foo()</td>\n");

        var templates = folder.Load();

        CollectionAssert.AreEquivalent(
            new[] { "themes/acme/Pages/Home.cshtml:2", "themes/acme/Pages/Home.cshtml:3", "themes/acme/Pages/Incident.cshtml:2" },
            templates.Diagnostics.Select(d => $"{d.Position.Path}:{d.Position.Line}").ToArray());
        Assert.IsTrue(templates.HasErrors);
        Assert.IsEmpty(folder.CacheFiles(), "nothing is cached from a failed compile");
    }

    [TestMethod]
    public void ReportsATemplateThatIsNotUtf8()
    {
        using var folder = new TemplateFolder();
        Directory.CreateDirectory(Path.Combine(folder.Themes, "Pages"));
        File.WriteAllBytes(Path.Combine(folder.Themes, "Pages", "Home.cshtml"), [0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0x3C]);

        Assert.AreEqual(
            "themes/acme/Pages/Home.cshtml:1:1: error SG0805: the template cannot be read: the file is not UTF-8 (save it as a UTF-8 text file)",
            folder.Load().Diagnostics.Single().ToString());
    }

    [TestMethod]
    public void ATemplateThatIsALinkOutOfTheFolderIsNotRead()
    {
        using var folder = new TemplateFolder();
        Directory.CreateDirectory(Path.Combine(folder.Themes, "Pages"));
        File.WriteAllText(Path.Combine(folder.Root, "secret.cshtml"), "@inherits RazorLight.TemplatePage<string>\n<p>secret</p>\n");
        File.CreateSymbolicLink(Path.Combine(folder.Themes, "Pages", "Home.cshtml"), Path.Combine(folder.Root, "secret.cshtml"));

        StringAssert.StartsWith(
            folder.Load().Diagnostics.Single().ToString(),
            "themes/acme/Pages/Home.cshtml:1:1: error SG0805: the template cannot be read: the file is a symbolic link to a file outside the theme folder",
            StringComparison.Ordinal);
    }
}
