using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using StatusGen.Building;
using StatusGen.Cli.Serving;

namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>
/// The preview's incremental builds against clean builds: after every edit of a random sequence (edit an update, add
/// or remove an incident, change site.yml, break a file and fix it), the preview, which reuses what unchanged files
/// produced, reports the same diagnostics and serves the same files, byte for byte, as a build from nothing: each file
/// as it is made on request, and the whole site as the background render makes it.
/// </summary>
[TestClass]
public sealed class IncrementalBuildTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-22T10:30:00Z", CultureInfo.InvariantCulture);

    [TestMethod]
    public void AfterEveryEditThePreviewEqualsACleanBuild() =>
        Prop.ForAll(Gen.NonEmptyListOf(SiteEdit.Any).Select(l => l.Take(6).ToList()).ToArbitrary(), edits =>
        {
            using var site = new DemoSite();
            var preview = new PreviewBuilder(site.Content, site.Root, () => Now);
            var build = preview.Build(PreviewBuild.None);
            Assert.IsNull(Difference(build, site), "the first build");
            var broken = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (edit, step) in edits.Select((e, i) => (e, i + 1)))
            {
                edit.Apply(site.Content, broken);
                build = preview.Build(build);
                var difference = Difference(build, site);
                Assert.IsNull(difference, $"after step {step} of {string.Join(", ", edits)}: {difference}");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(12).WithQuietOnSuccess(true));

    [TestMethod]
    public void AnEditReparsesOnlyTheEditedFile()
    {
        using var site = new DemoSite();
        var preview = new PreviewBuilder(site.Content, site.Root, () => Now);
        var build = preview.Build(PreviewBuild.None);
        var files = Directory.GetFiles(site.Content, "*.md", SearchOption.AllDirectories).Length;
        Assert.AreEqual((files, 0), preview.LastLoad);

        new SiteEdit(SiteEditKind.AppendToUpdate, 3, 1).Apply(site.Content, []);
        build = preview.Build(build);

        Assert.AreEqual((1, files - 1), preview.LastLoad);
        Assert.IsNull(Difference(build, site));
    }

    [TestMethod]
    public void AChangedSiteYmlReparsesEveryFile()
    {
        using var site = new DemoSite();
        var preview = new PreviewBuilder(site.Content, site.Root, () => Now);
        var build = preview.Build(PreviewBuild.None);
        var files = Directory.GetFiles(site.Content, "*.md", SearchOption.AllDirectories).Length;

        new SiteEdit(SiteEditKind.ChangeSiteYml, 0, 1).Apply(site.Content, []);
        build = preview.Build(build);

        Assert.AreEqual((files, 0), preview.LastLoad);
        Assert.IsNull(Difference(build, site));
    }

    /// <summary>Null when the preview build equals a clean build of the folder as it is now, else what differs.</summary>
    private static string? Difference(PreviewBuild preview, DemoSite site)
    {
        var check = SiteBuilder.Check(site.Content, Now, site.Root, OutputGenerators.Languages);
        var expected = string.Join("\n", check.Diagnostics);
        var actual = string.Join("\n", preview.Diagnostics);
        if (expected != actual)
        {
            return $"diagnostics differ:\nclean:\n{expected}\npreview:\n{actual}";
        }

        if (check.HasErrors != preview.Failed)
        {
            return $"the clean build {(check.HasErrors ? "failed" : "succeeded")}, the preview {(preview.Failed ? "failed" : "succeeded")}";
        }

        if (check.HasErrors)
        {
            return null;
        }

        // Every file as `serve` hands it out: made on request from the build's snapshot, in an order of the edits'
        // choosing, before anything else rendered the site (the background render is not part of this test).
        var clean = new SiteBuilder(OutputGenerators.All()).Render(SiteBuilder.Compute(check.Content!, Now));
        var served = preview.Site!;
        var seed = clean.Count + preview.Version;
        foreach (var file in clean.OrderBy(f => (f.Path.GetHashCode(StringComparison.Ordinal) ^ seed) & 0xFFFF).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            if (served.Find(file.Path) is not { } onRequest)
            {
                return $"'{file.Path}' is in the clean build but not served on request";
            }

            if (!onRequest.Bytes.AsSpan().SequenceEqual(file.Bytes))
            {
                return $"'{file.Path}' served on request differs from the clean build";
            }
        }

        var all = served.Files();
        if (clean.Count != all.Count)
        {
            return $"{clean.Count} files in the clean build, {all.Count} in the preview";
        }

        var different = clean.Zip(all).FirstOrDefault(pair => pair.First.Path != pair.Second.Path || !pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes));
        return different.First is null ? null : $"'{different.First.Path}' differs from the clean build when the preview renders everything";
    }

    /// <summary>A copy of the demo content in a temporary folder.</summary>
    private sealed class DemoSite : IDisposable
    {
        public DemoSite()
        {
            Root = Directory.CreateTempSubdirectory("statusgen-incremental-").FullName;
            var demo = RepositoryRoot.File("content");
            foreach (var file in Directory.EnumerateFiles(demo, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Content, Path.GetRelativePath(demo, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Root { get; }

        public string Content => Path.Combine(Root, "content");

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
