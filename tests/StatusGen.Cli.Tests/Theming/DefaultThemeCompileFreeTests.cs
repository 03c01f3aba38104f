using System.Reflection;
using System.Runtime.Loader;

namespace StatusGen.Cli.Tests.Theming;

/// <summary>
/// The default theme ships compiled: a build with it never compiles a template. Proven on a fresh copy of the tool
/// (its own load context, nothing of it loaded before): after a whole build, RazorLight has rendered the pages and the
/// C# compiler was never loaded.
/// </summary>
[TestClass]
public sealed class DefaultThemeCompileFreeTests
{
    [TestMethod]
    public void ABuildWithTheDefaultThemeNeverLoadsTheCSharpCompiler()
    {
        using var cli = new CliHarness().Write("content/incidents/2026-11-10-api.md", CliHarness.Incident);
        var context = new FreshTool(typeof(StatusGenCli).Assembly.Location);

        var exit = context.LoadFromAssemblyName(new AssemblyName("statusgen")).EntryPoint!.Invoke(null, [new[]
        {
            "build", "--content", Path.Combine(cli.Root, "content"), "--output", Path.Combine(cli.Root, "public"), "--now", "2026-11-20T12:00:00Z",
        }]);

        Assert.AreEqual(0, exit);
        StringAssert.Contains(cli.Read("public/incidents/2026-11-10-api/index.html"), "API errors", StringComparison.Ordinal);
        var loaded = context.Assemblies.Select(a => a.GetName().Name).ToList();
        CollectionAssert.Contains(loaded, "RazorLight", "the pages were rendered by RazorLight");
        CollectionAssert.DoesNotContain(loaded, "Microsoft.CodeAnalysis.CSharp", "nothing was compiled");
        CollectionAssert.DoesNotContain(loaded, "Microsoft.CodeAnalysis.Razor", "nothing was generated");
        CollectionAssert.DoesNotContain(loaded, "Microsoft.AspNetCore.Razor.Language", "nothing was parsed");
    }

    [TestMethod]
    public void ABuildWithTheSitesOwnTemplatesDoesLoadTheCompilerSoTheTestAboveCanTell()
    {
        using var cli = new CliHarness()
            .Write("content/site.yml", CliHarness.SiteYml + "\ntheme:\n  path: ../acme\n")
            .Write("acme/Partials/StaleNote.cshtml", "@inherits RazorLight.TemplatePage<PageModel>\n<p>ours</p>\n");
        var context = new FreshTool(typeof(StatusGenCli).Assembly.Location);

        var exit = context.LoadFromAssemblyName(new AssemblyName("statusgen")).EntryPoint!.Invoke(null, [new[]
        {
            "build", "--content", Path.Combine(cli.Root, "content"), "--output", Path.Combine(cli.Root, "public"), "--now", "2026-11-20T12:00:00Z",
            "--cache-dir", Path.Combine(cli.Root, "cache"),
        }]);

        Assert.AreEqual(0, exit);
        CollectionAssert.Contains(context.Assemblies.Select(a => a.GetName().Name).ToList(), "Microsoft.CodeAnalysis.CSharp");
    }

    /// <summary>The tool's own assemblies, loaded afresh from its folder; the shared frameworks come from the default context.</summary>
    private sealed class FreshTool(string toolPath) : AssemblyLoadContext("fresh statusgen", isCollectible: false)
    {
        private readonly AssemblyDependencyResolver resolver = new(toolPath);

        protected override Assembly? Load(AssemblyName name) =>
            resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
