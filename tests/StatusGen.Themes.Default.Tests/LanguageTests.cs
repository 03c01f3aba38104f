using StatusGen.Themes.Default.Localization;
using StatusGen.Themes.Default.Tests.Fixtures;

namespace StatusGen.Themes.Default.Tests;

[TestClass]
public sealed class LanguageTests
{
    [TestMethod]
    public void LanguagesAreTheTranslationFilesThatExist()
    {
        CollectionAssert.AreEqual(new[] { "de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt-BR", "sv" }, DefaultTheme.Languages.ToList());
        CollectionAssert.AreEqual(StatusGen.Localization.LanguageFiles.Languages.ToList(), DefaultTheme.Languages.ToList(), "Core's outputs read the same files");
    }

    [TestMethod]
    public void EveryTranslationFileHasEveryString()
    {
        // Loading enforces every required member; this checks none is blank and placeholders match English.
        var english = Translations.For("en");
        foreach (var language in DefaultTheme.Languages)
        {
            var strings = Translations.For(language);
            foreach (var property in typeof(UiStrings).GetProperties().Where(p => p.PropertyType == typeof(string)))
            {
                var value = (string)property.GetValue(strings)!;
                // A separator may be a (no-break) space, as French, Polish and Swedish group digits.
                Assert.IsFalse(property.Name.EndsWith("Separator", StringComparison.Ordinal) ? string.IsNullOrEmpty(value) : string.IsNullOrWhiteSpace(value), $"{language}.json: {property.Name} is blank");
                Assert.AreEqual(
                    ((string)property.GetValue(english)!).Contains("{1}", StringComparison.Ordinal),
                    value.Contains("{1}", StringComparison.Ordinal),
                    $"{language}.json: {property.Name} has other placeholders than English");
            }
        }
    }

    [TestMethod]
    public void UnknownLanguageNamesTheAvailableOnes()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => Translations.For("xx"));

        StringAssert.Contains(error.Message, "de, en, es, fr", StringComparison.Ordinal);
    }

    [TestMethod]
    public void GermanSiteIsInGermanWithGermanDatesAndNumbers()
    {
        var site = new GeneratedSite(Sites.Busy().Language("de").Build());
        var home = site.Home;

        Assert.AreEqual("de", home.DocumentElement.GetAttribute("lang"));
        Assert.AreEqual("Teilweiser Ausfall", home.QuerySelector("main .banner")!.TextContent.Trim());
        Assert.AreEqual("Aktuelle Störungen", home.QuerySelector("#active")!.TextContent);
        Assert.AreEqual("Komponenten", home.QuerySelector("#components")!.TextContent);
        Assert.AreEqual("Sonntag, 22. November 2026", home.QuerySelector("ol.days h3")!.TextContent);
        Assert.AreEqual("Keine Störungen gemeldet.", home.QuerySelector("ol.days .quiet")!.TextContent);
        var card = home.QuerySelector("section[aria-labelledby=active] article")!;
        Assert.AreEqual("Seit 2 Std. 45 Min.", card.QuerySelectorAll(".meta span")[1].TextContent);
        Assert.AreEqual("22. Nov. 2026, 08:15 UTC+1", card.QuerySelector("time.t")!.TextContent);
        StringAssert.Contains(home.QuerySelector(".comp .scale")!.TextContent, "100,00\u00a0%", StringComparison.Ordinal, "a no-break space keeps the number and its sign together");
        Assert.AreEqual("Zum Inhalt springen", home.QuerySelector(".skip")!.TextContent);
    }

    [TestMethod]
    public void EnglishAndGermanPagesShareNoInterfaceText()
    {
        var english = new GeneratedSite(Sites.Quiet().Build()).Home.QuerySelector("main")!.TextContent;
        var german = new GeneratedSite(Sites.Quiet().Language("de").Build()).Home.QuerySelector("main")!.TextContent;

        foreach (var phrase in new[] { "All systems operational", "Components", "Past incidents", "No incidents reported", "uptime over" })
        {
            StringAssert.Contains(english, phrase, StringComparison.Ordinal);
            Assert.DoesNotContain(phrase, german);
        }
    }

    [TestMethod]
    public void ATranslationFileWithAMisspeltKeyIsRejectedNamingTheKey()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => Translations.Parse(English(json => json.Replace("\"dateFormat\"", "\"dateFromat\"", StringComparison.Ordinal))));

        Assert.AreEqual("unknown key 'dateFromat'", error.Message);
    }

    [TestMethod]
    public void ATranslationFileMissingKeysIsRejectedNamingEveryOne()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => Translations.Parse(English(json => Without(Without(json, "dateFormat"), "poweredBy"))));

        Assert.AreEqual("missing 'dateFormat', 'poweredBy'", error.Message);
    }

    [TestMethod]
    public void ATranslationFileMissingANotifyMessageKeyIsRejectedLikeAnyOther()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => Translations.Parse(English(json => Without(json, "notifyViewOnPage"))));

        Assert.AreEqual("missing 'notifyViewOnPage'", error.Message);
    }

    [TestMethod]
    public void ATranslationFileWithANumberOrARepeatedKeyIsRejected()
    {
        Assert.ThrowsExactly<FormatException>(() => Translations.Parse(English(json => json.Replace("\"culture\": \"en-GB\"", "\"culture\": 5", StringComparison.Ordinal))));
        Assert.ThrowsExactly<FormatException>(() => Translations.Parse(English(json => json.Replace("\"culture\": \"en-GB\",", "\"culture\": \"en-GB\", \"culture\": \"en-US\",", StringComparison.Ordinal))));
    }

    [TestMethod]
    public void ATranslationFileMayCarryCommentsForTranslators()
    {
        var strings = Translations.Parse(English(json => "{\n  // Dates use .NET patterns.\n" + json.TrimStart()[1..]));

        Assert.AreEqual("en-GB", strings.Culture);
        Assert.AreEqual(Translations.For("en"), strings);
    }

    private static MemoryStream English(Func<string, string> edit)
    {
        var assembly = typeof(Translations).Assembly;
        using var reader = new StreamReader(assembly.GetManifestResourceStream("StatusGen.Themes.Default.Translations.en.json")!);
        return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(edit(reader.ReadToEnd())));
    }

    private static string Without(string json, string key) =>
        string.Join('\n', json.Split('\n').Where(line => !line.TrimStart().StartsWith($"\"{key}\"", StringComparison.Ordinal)));
}
