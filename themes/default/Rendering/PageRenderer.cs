using System.Text;
using RazorLight;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>Renders one page template with its model to UTF-8 bytes, doctype first.</summary>
/// <param name="keys">The templates to have ready before the first page renders; the default theme's by default.</param>
public sealed class PageRenderer(RazorLightEngine engine, IReadOnlyList<string>? keys = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Lock gate = new();
    private volatile bool ready;

    public byte[] Render<TModel>(string key, TModel model)
    {
        EnsureReady();

        // Called on ParallelWork's threads; there is no synchronization context to deadlock on, and with every
        // template ready nothing below waits for another thread.
        var page = engine.CompileTemplateAsync(key).GetAwaiter().GetResult();
        var bytes = new MemoryStream(capacity: 8 * 1024);
        using (var writer = new StreamWriter(bytes, Utf8, bufferSize: 4096))
        {
            writer.Write("<!DOCTYPE html>\n");
            engine.RenderTemplateAsync(page, model, writer).GetAwaiter().GetResult();
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// Gets every template (compiled, or from the engine's cache) on one thread before pages render in parallel.
    /// RazorLight guards a compile with an async lock: pages that all ask for a template at once block every pool
    /// thread on continuations that need a pool thread, and a 1,000-incident build waited minutes for the pool to
    /// grow. One thread asking for each template in turn never contends, so every step completes in place.
    /// </summary>
    private void EnsureReady()
    {
        if (ready)
        {
            return;
        }

        lock (gate)
        {
            if (!ready)
            {
                foreach (var key in keys ?? EmbeddedTemplates.Keys)
                {
                    engine.CompileTemplateAsync(key).GetAwaiter().GetResult();
                }

                ready = true;
            }
        }
    }
}
