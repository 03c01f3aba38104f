using StatusGen.Themes.Default.Engine;

namespace StatusGen.Themes.Default.Tests.Engine;

[TestClass]
public sealed class PrecompiledThemeTests
{
    [TestMethod]
    public void EveryTemplateTheToolShipsIsAlsoCompiledIntoIt()
    {
        CollectionAssert.AreEquivalent(DefaultTemplates.Keys.ToList(), DefaultTemplates.Factories.Keys.ToList());
        Assert.IsGreaterThan(10, DefaultTemplates.Keys.Count, "the default theme's templates are embedded");
    }

    [TestMethod]
    public void EachPrecompiledFactoryMakesAPageThatKnowsItsKey()
    {
        foreach (var (key, factory) in DefaultTemplates.Factories)
        {
            Assert.AreEqual(key, factory().Key);
        }
    }

    [TestMethod]
    public void AnEjectedDefaultTemplateCompilesAtRunTimeAndReplacesOnlyItsOwnKey()
    {
        using var folder = new TemplateFolder().With("Partials/FeedLinks.cshtml", DefaultTemplates.Source("Partials/FeedLinks")!);

        var templates = folder.Load();

        Assert.IsEmpty(templates.Diagnostics, string.Join("\n", templates.Diagnostics));
        Assert.AreNotEqual(DefaultTemplates.Factories["Partials/FeedLinks"]().GetType(), templates.Table.RetrieveTemplate("Partials/FeedLinks").Template.TemplatePageFactory().GetType());
        Assert.AreEqual(DefaultTemplates.Factories["Pages/Home"]().GetType(), templates.Table.RetrieveTemplate("Pages/Home").Template.TemplatePageFactory().GetType(), "the others stay the default's");
    }
}
