using System.Collections.Frozen;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;

namespace StatusGen.Themes.Default.Engine;

/// <summary>
/// RazorLight's template cache, filled before the first render with a factory for every key: the precompiled default
/// templates with the site's compiled overrides in place of theirs. RazorLight looks every page, layout and partial up
/// here first, so it never compiles anything itself.
/// </summary>
public sealed class TemplateTable : ICachingProvider
{
    private readonly FrozenDictionary<string, Func<ITemplatePage>> factories;

    public TemplateTable(IReadOnlyDictionary<string, Func<ITemplatePage>> factories)
    {
        this.factories = factories.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The default templates and, replacing those of the same key or added beside them, the overrides.</summary>
    public static TemplateTable Layered(IReadOnlyDictionary<string, Func<ITemplatePage>> defaults, IReadOnlyDictionary<string, Func<ITemplatePage>> overrides)
    {
        var all = new Dictionary<string, Func<ITemplatePage>>(defaults, StringComparer.Ordinal);
        foreach (var (key, factory) in overrides)
        {
            all[key] = factory;
        }

        return new TemplateTable(all);
    }

    public IEnumerable<string> Keys => factories.Keys;

    public TemplateCacheLookupResult RetrieveTemplate(string key) =>
        factories.TryGetValue(key, out var factory) ? new TemplateCacheLookupResult(new TemplateCacheItem(key, factory)) : new TemplateCacheLookupResult();

    public bool Contains(string key) => factories.ContainsKey(key);

    /// <summary>A new instance of the template of <paramref name="key"/>, as RazorLight makes one for every render.</summary>
    /// <exception cref="MissingTemplateException">No template has that key.</exception>
    public ITemplatePage Create(string key) =>
        factories.TryGetValue(key, out var factory)
            ? factory()
            : throw new MissingTemplateException(key, $"there is no template '{key}' (templates: {string.Join(", ", factories.Keys.Order(StringComparer.Ordinal))})");

    // RazorLight caches what it compiled; with every key present up front it never compiles, so there is nothing to add.
    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken)
    {
    }

    public void Remove(string key)
    {
    }
}
