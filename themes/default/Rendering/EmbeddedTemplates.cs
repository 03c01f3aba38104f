using System.Reflection;
using Microsoft.Extensions.FileProviders;
using RazorLight.Razor;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// The default theme's templates as this assembly ships them: embedded resources named <c>template:</c> plus the
/// template's path (<c>template:Pages/Incident.cshtml</c>), found by key (<c>Pages/Incident</c>).
/// </summary>
public sealed class EmbeddedTemplates : RazorLightProject
{
    public const string ResourcePrefix = Engine.TemplateKey.ResourcePrefix;
    public const string Extension = Engine.TemplateKey.Extension;

    private static readonly Assembly Theme = typeof(EmbeddedTemplates).Assembly;

    /// <summary>Every template key of the default theme, sorted.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [.. Theme.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The template's source, or null when the default theme has no template of that key.</summary>
    public static Stream? Open(string key) => Theme.GetManifestResourceStream(ResourcePrefix + key + Extension);

    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey) =>
        Task.FromResult<RazorLightProjectItem>(new Item(templateKey));

    // Default imports come from TemplateImports through the engine's options, not from _ViewImports files.
    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
        Task.FromResult(Enumerable.Empty<RazorLightProjectItem>());

    public override Task<IEnumerable<string>> GetKnownKeysAsync() => Task.FromResult<IEnumerable<string>>(Keys);

    private sealed class Item : RazorLightProjectItem
    {
        public Item(string key)
        {
            Key = key;
            ExpirationToken = NullChangeToken.Singleton;
        }

        public override string Key { get; }

        public override bool Exists => Keys.Contains(Key, StringComparer.Ordinal);

        public override Stream Read() => Open(Key) ?? throw new FileNotFoundException($"The default theme has no template '{Key}'.");
    }
}
