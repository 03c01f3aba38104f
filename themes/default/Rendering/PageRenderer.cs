using System.Text;
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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The page as UTF-8 bytes, written straight from the render tree: no intermediate string.</summary>
    public byte[] Render<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            var bytes = new MemoryStream(capacity: 8 * 1024);
            using (var writer = new StreamWriter(bytes, Utf8, bufferSize: 1024))
            {
                writer.Write("<!DOCTYPE html>\n");
                output.WriteHtmlTo(writer);
            }

            return bytes.ToArray();
        }).GetAwaiter().GetResult();
    }
}
