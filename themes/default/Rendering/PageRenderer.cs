using System.Text;
using RazorLight;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>Renders one page template with its model to UTF-8 bytes, doctype first.</summary>
public sealed class PageRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly RazorLightEngine? engine;
    private readonly DirectRenderer? direct;

    /// <param name="engine">An engine from <see cref="ThemeEngine.Create"/>: every template is in its table, so getting one
    /// only makes the page, without RazorLight's compile lock, and pages render on every thread at once.</param>
    public PageRenderer(RazorLightEngine engine)
    {
        this.engine = engine;
    }

    /// <summary>The default theme's precompiled templates, rendered without RazorLight's engine (<see cref="DirectRenderer"/>).</summary>
    internal PageRenderer(Engine.TemplateTable defaultTemplates)
    {
        direct = new DirectRenderer(defaultTemplates);
    }

    public byte[] Render<TModel>(string key, TModel model)
        where TModel : notnull
    {
        if (direct is not null)
        {
            return direct.Render(key, model);
        }

        // Called on ParallelWork's threads; there is no synchronization context to deadlock on, and with every
        // template in the table nothing below waits for another thread.
        var page = engine!.CompileTemplateAsync(key).GetAwaiter().GetResult();
        var bytes = new MemoryStream(capacity: 8 * 1024);
        using (var writer = new StreamWriter(bytes, Utf8, bufferSize: 4096))
        {
            writer.Write("<!DOCTYPE html>\n");
            engine.RenderTemplateAsync(page, model, writer).GetAwaiter().GetResult();
        }

        return bytes.ToArray();
    }
}
