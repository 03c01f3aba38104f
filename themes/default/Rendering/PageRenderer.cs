using System.Text;
using RazorLight;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>Renders one page template with its model to UTF-8 bytes, doctype first.</summary>
/// <param name="engine">An engine from <see cref="ThemeEngine.Create"/>: every template is in its table, so getting one
/// only makes the page, without RazorLight's compile lock, and pages render on every thread at once.</param>
public sealed class PageRenderer(RazorLightEngine engine)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public byte[] Render<TModel>(string key, TModel model)
    {
        // Called on ParallelWork's threads; there is no synchronization context to deadlock on, and with every
        // template in the table nothing below waits for another thread.
        var page = engine.CompileTemplateAsync(key).GetAwaiter().GetResult();
        var bytes = new MemoryStream(capacity: 8 * 1024);
        using (var writer = new StreamWriter(bytes, Utf8, bufferSize: 4096))
        {
            writer.Write("<!DOCTYPE html>\n");
            engine.RenderTemplateAsync(page, model, writer).GetAwaiter().GetResult();
        }

        return bytes.ToArray();
    }
}
