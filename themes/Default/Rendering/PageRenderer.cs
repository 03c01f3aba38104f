using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// Renders one Razor component to an HTML string. A new <see cref="HtmlRenderer"/> per page: reusing one keeps
/// every rendered tree alive and grows memory with the page count.
/// </summary>
public sealed class PageRenderer
{
    private readonly ServiceProvider services;

    public PageRenderer()
    {
        services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            // Without this the default encoder escapes every non-ASCII letter ("Störung" -> "St&#xF6;rung").
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
    }

    public string Render<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        }).GetAwaiter().GetResult();
    }
}
