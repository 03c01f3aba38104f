using StatusGen.Themes.Default.Engine;

namespace StatusGen.Themes.Default.Tests.Engine;

[TestClass]
public sealed class RenderErrorTests
{
    private static Exception RenderFailure(ThemeTemplates templates, string key, string? model)
    {
        try
        {
            StatusGen.Themes.Default.Rendering.ThemeEngine.Create(templates.Table).CompileRenderAsync(key, model).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new AssertFailedException("the template rendered without an error");
    }

    [TestMethod]
    public void AnExceptionInASitesTemplateIsReportedAtItsLine()
    {
        using var folder = new TemplateFolder().With("Pages/Incident.cshtml", "@inherits RazorLight.TemplatePage<string>\n<h1>Incident</h1>\n\n<p>@Model.Length</p>\n");
        var templates = folder.Load();

        var diagnostic = templates.Explain(RenderFailure(templates, "Pages/Incident", null), "incidents/api-errors/index.html");

        StringAssert.StartsWith(diagnostic?.ToString(), "themes/acme/Pages/Incident.cshtml:4:1: error SG0804: template 'Pages/Incident' failed while rendering incidents/api-errors/index.html: NullReferenceException:", StringComparison.Ordinal);
    }

    [TestMethod]
    public void APartialThatDoesNotExistIsReportedAtTheLineThatNamesIt()
    {
        using var folder = new TemplateFolder().With("Pages/Home.cshtml", "@inherits RazorLight.TemplatePage<string>\n<h1>Home</h1>\n@{ await IncludeAsync(\"Partials/Banerr\", Model); }\n");
        var templates = folder.Load();

        var diagnostic = templates.Explain(RenderFailure(templates, "Pages/Home", "x"), "index.html");

        StringAssert.StartsWith(diagnostic?.ToString(), "themes/acme/Pages/Home.cshtml:3:4: error SG0806: template 'Pages/Home': there is no template 'Partials/Banerr'", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ALayoutThatDoesNotExistIsReportedWhereItsKeyIsWritten()
    {
        using var folder = new TemplateFolder().With("Pages/Home.cshtml", "@inherits RazorLight.TemplatePage<string>\n@{\n    Layout = \"Layout/Pag\";\n}\n<h1>Home</h1>\n");
        var templates = folder.Load();

        var diagnostic = templates.Explain(RenderFailure(templates, "Pages/Home", "x"), "index.html");

        StringAssert.StartsWith(diagnostic?.ToString(), "themes/acme/Pages/Home.cshtml:3:14: error SG0806: rendering index.html: there is no template 'Layout/Pag'", StringComparison.Ordinal);
    }

    [TestMethod]
    public void AFailureWithoutTheSitesTemplatesIsNotExplainedAsContent()
    {
        using var folder = new TemplateFolder().With("Pages/Home.cshtml", "@inherits RazorLight.TemplatePage<string>\n<h1>@Model</h1>\n");
        var templates = folder.Load();

        Assert.IsNull(templates.Explain(new InvalidOperationException("a StatusGen bug"), "index.html"));
    }

    [TestMethod]
    public void ManyPagesFailingOnOneLineAreOneErrorWithACount()
    {
        using var folder = new TemplateFolder().With("Pages/Incident.cshtml", "@inherits RazorLight.TemplatePage<string>\n<p>@Model.Length</p>\n");
        var templates = folder.Load();
        var failures = new RenderFailures();

        foreach (var page in new[] { "incidents/a/index.html", "incidents/b/index.html", "incidents/c/index.html" })
        {
            var e = RenderFailure(templates, "Pages/Incident", null);
            failures.Add(templates.Explain(e, page)!, e.GetType().Name);
        }

        StringAssert.EndsWith(failures.ToImmutable().Single().Message, "(and 2 more pages)", StringComparison.Ordinal);
    }
}
