using System.Buffers;
using System.Dynamic;
using System.Text;
using Microsoft.AspNetCore.Html;
using RazorLight;

namespace StatusGen.Themes.Default.Rendering;

/// <summary>
/// Renders the precompiled default templates without RazorLight's engine: the same template classes, run as RazorLight
/// runs them (page, then its layout around it with <c>RenderBody</c>; partials where <c>IncludeAsync</c> is called; the
/// theme's encoder and encoding on), but written straight into one reused buffer per thread and encoded to UTF-8 once.
/// </summary>
/// <remarks>
/// RazorLight's renderer buffers every page, layout and partial in pooled page buffers, copies them through two more
/// writers, reflects over the model type on every render and include, and calls each partial through a dynamic call
/// site: on a site of 10,000 pages that cost more than the templates themselves. Only the default theme's templates go
/// this way (they define no sections and write no HTML content that encodes with the encoder it is handed); a site's
/// own templates keep RazorLight's renderer.
/// </remarks>
internal sealed class DirectRenderer(Engine.TemplateTable templates)
{
    private const string Doctype = "<!DOCTYPE html>\n";

    // Larger pages (the home page of a big site) are not kept between renders.
    private const int MaxKeptChars = 1 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static StringBuilder? kept;

    public byte[] Render(string key, object model)
    {
        var text = kept ?? new StringBuilder(16 * 1024);
        kept = null;
        try
        {
            text.Append(Doctype);
            using (var output = new StringWriter(text))
            {
                Run(templates.Create(key), model, output, new ExpandoObject());
            }

            return Utf8Bytes(text);
        }
        finally
        {
            if (text.Capacity <= MaxKeptChars)
            {
                kept = text.Clear();
            }
        }
    }

    /// <summary>One template with its model, and its layouts around it, written at the end of <paramref name="output"/>.</summary>
    private void Run(ITemplatePage page, object? model, StringWriter output, ExpandoObject viewBag)
    {
        // The page and its layouts share one context, as in RazorLight: a layout's RenderBody and sections write where
        // the layout is being written.
        var context = new PageContext(viewBag) { ExecutingPageKey = page.Key, Writer = output, Model = model };
        var text = output.GetStringBuilder();
        var start = text.Length;
        Execute(page, model, context, viewBag);

        if (string.IsNullOrEmpty(page.Layout))
        {
            return;
        }

        var rendered = new List<ITemplatePage>();
        var bodies = new List<PooledText>();
        try
        {
            for (var previous = page; !string.IsNullOrEmpty(previous.Layout); )
            {
                var layout = templates.Create(previous.Layout);
                if (rendered.Any(l => string.Equals(l.Key, layout.Key, StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException($"Layout {layout.Key} has circular reference");
                }

                // What the page wrote becomes the layout's body, and the layout is written in its place.
                var body = new PooledText(text, start);
                bodies.Add(body);
                text.Length = start;
                previous.IsLayoutBeingRendered = true;
                layout.PreviousSectionWriters = previous.SectionWriters;
                layout.BodyContent = body;
                context.ExecutingPageKey = layout.Key;
                Execute(layout, model, context, viewBag);
                rendered.Add(layout);
                previous = layout;
            }

            foreach (var layout in rendered)
            {
                layout.EnsureRenderedBodyOrSections();
            }
        }
        finally
        {
            foreach (var body in bodies)
            {
                body.Dispose();
            }
        }
    }

    private void Execute(ITemplatePage page, object? model, PageContext context, ExpandoObject viewBag)
    {
        page.DisableEncoding = false;
        ((TemplatePageBase)page).HtmlEncoder = Markup.Encoder;
        if (model is not null)
        {
            page.SetModel(model);
        }

        page.PageContext = context;
        page.IncludeFunc = (key, partModel) =>
        {
            // A partial is written where it is included, into whatever the including page writes to at that moment.
            Include(templates.Create(key), partModel, context.Writer, viewBag);
            return Task.CompletedTask;
        };

        // The default templates never wait on anything: the task is complete when ExecuteAsync returns.
        page.ExecuteAsync().GetAwaiter().GetResult();
    }

    private void Include(ITemplatePage page, object? model, TextWriter writer, ExpandoObject viewBag)
    {
        if (writer is StringWriter output)
        {
            Run(page, model, output, viewBag);
            return;
        }

        using var buffer = new StringWriter();
        Run(page, model, buffer, viewBag);
        writer.Write(buffer.GetStringBuilder());
    }

    /// <summary>A page's body while its layout is written: the text copied out into a pooled array, not a new string.</summary>
    private sealed class PooledText : IHtmlContent, IDisposable
    {
        private readonly int length;
        private char[]? chars;

        public PooledText(StringBuilder text, int start)
        {
            length = text.Length - start;
            chars = ArrayPool<char>.Shared.Rent(length);
            text.CopyTo(start, chars, 0, length);
        }

        public void WriteTo(TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder) =>
            writer.Write(chars ?? throw new ObjectDisposedException(nameof(PooledText)), 0, length);

        public void Dispose()
        {
            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
                chars = null;
            }
        }
    }

    private static byte[] Utf8Bytes(StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var span = chars.AsSpan(0, text.Length);
            text.CopyTo(0, span, text.Length);
            var bytes = new byte[Utf8.GetByteCount(span)];
            Utf8.GetBytes(span, bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
