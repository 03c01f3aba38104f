using System.Text;
using StatusGen.Building;
using StatusGen.Loading;

namespace StatusGen.Tests.Loading;

/// <summary>A small content folder written into a temp folder; diagnostics show paths like "content/incidents/x.md".</summary>
internal sealed class ContentFixture : IDisposable
{
    public const string SiteYml = """
        title: Example Status
        baseUrl: https://status.example.com/
        language: en
        timezone: Europe/Berlin
        components:
          - id: api
            name: API
            group: Platform
          - id: web
            name: Website
          - id: tracking
            name: Tracking
        """;

    /// <summary>The build's time in these tests: well after every fixture's timestamps.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public ContentFixture(string? siteYml = SiteYml)
    {
        Root = Directory.CreateTempSubdirectory("statusgen-content-").FullName;
        Directory.CreateDirectory(Content);
        if (siteYml is not null)
        {
            With("site.yml", siteYml);
        }
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public ContentFixture With(string path, string text) => WithBytes(path, Encoding.UTF8.GetBytes(text));

    public ContentFixture WithBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public LoadResult Load() => ContentLoader.Load(Content, Root, SiteBuilder.DefaultLanguages);

    /// <summary>Load and Validate, the stages these tests cover; the communication lint has tests of its own.</summary>
    public CheckResult Check(DateTimeOffset? now = null) => SiteBuilder.LoadAndValidate(Content, now ?? Now, Root);

    /// <summary>Every diagnostic of Load and Validate in the one print format.</summary>
    public string[] Lines(DateTimeOffset? now = null) => [.. Check(now).Diagnostics.Select(d => d.ToString())];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
