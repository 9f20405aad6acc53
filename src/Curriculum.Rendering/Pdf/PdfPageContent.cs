using System.Runtime.CompilerServices;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Ends a page's drawing as PDFsharp 6.2.4's <c>XGraphicsPdfRenderer.Close</c> does (called by <c>XGraphics.Dispose</c>):
/// the open text object and saved states are closed, the last line feed dropped, and the content becomes the page's
/// content stream. PDFsharp makes those bytes through a string of the whole content and <c>RawEncoding.GetBytes</c>,
/// whose base <c>Encoding</c> copies the string into a new char array twice: seven bytes allocated for each byte of
/// content, most of what ending a page costs. Here the builder's chunks are narrowed straight into the stream's bytes,
/// each character to its low byte as <c>RawEncoding</c> does.
/// <para>
/// It reaches PDFsharp's internals through <see cref="UnsafeAccessorAttribute"/> as <see cref="PdfTextOperators"/>
/// does, safe for the same reason (PDFsharp pinned at 6.2.4; <c>PdfSharpShortcutsTests</c> renders the kit with and
/// without it and requires the same bytes). Afterwards the renderer holds no page, so <c>XGraphics.Dispose</c> finds
/// nothing left to write.
/// </para>
/// <para>
/// The content builder itself is one kept by the thread (<see cref="UseKeptBuilder"/>), given back when the page is
/// closed: PDFsharp starts every page with an empty one that grows chunk by chunk to the page's size.
/// </para>
/// </summary>
internal static class PdfPageContent
{
    private const string RendererType = "PdfSharp.Drawing.Pdf.XGraphicsPdfRenderer, PdfSharp";

    /// <summary>
    /// A builder grown past this is not kept, so that a thread holds at most 128 KB for the next page (a handout's
    /// pages are 1,500 to 10,000 characters).
    /// </summary>
    private const int MaxKeptChars = 64 * 1024;

    [ThreadStatic]
    private static Stack<StringBuilder>? kept;

    /// <summary>
    /// Gives the renderer behind <paramref name="graphics"/> a builder this thread kept from a page closed before, with
    /// what PDFsharp has written so far; call it before anything else holds the page's builder.
    /// </summary>
    public static void UseKeptBuilder(XGraphics graphics)
    {
        if (kept is not { Count: > 0 } || PdfTextOperators.RendererOf(graphics) is not { } renderer)
        {
            return;
        }

        var builder = kept.Pop();
        builder.Clear().Append(ContentOf(renderer));
        ContentOf(renderer) = builder;
    }

    /// <summary>Writes the content drawn through <paramref name="graphics"/> as its page's content stream, then disposes it.</summary>
    public static void Close(XGraphics graphics)
    {
        if (PdfTextOperators.RendererOf(graphics) is not { } renderer
            || PageOf(renderer) is not { } page
            || RenderContentOf(page) is not { } stream
            || graphics.Internals.ContentStringBuilder is not { } content)
        {
            graphics.Dispose();
            return;
        }

        EndPage(renderer);
        stream.CreateStream(Narrow(content));
        GfxOf(renderer) = null;
        SetRenderer(stream, null);
        RenderContentOf(page) = null;
        PageOf(renderer) = null;
        graphics.Dispose();
        if (content.Capacity <= MaxKeptChars)
        {
            // Nothing reads it now: the renderer has no page, and the bytes are the stream's.
            (kept ??= new Stack<StringBuilder>()).Push(content);
        }
    }

    /// <summary>Each character's low byte, as <c>RawEncoding.GetBytes</c> gives it.</summary>
    private static byte[] Narrow(StringBuilder content)
    {
        var bytes = new byte[content.Length];
        var at = 0;
        foreach (var chunk in content.GetChunks())
        {
            var chars = chunk.Span;
            var into = bytes.AsSpan(at, chars.Length);
            if (chars.IndexOfAnyExceptInRange('\0', '\u00FF') < 0)
            {
                // Latin-1 is the low byte exactly when every character is below 256 (and it is vectorized).
                Encoding.Latin1.GetBytes(chars, into);
            }
            else
            {
                for (var i = 0; i < chars.Length; i++)
                {
                    into[i] = (byte)chars[i];
                }
            }

            at += chars.Length;
        }

        return bytes;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "EndPage")]
    private static extern void EndPage([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_content")]
    private static extern ref StringBuilder ContentOf([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_page")]
    private static extern ref PdfPage? PageOf([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_gfx")]
    private static extern ref XGraphics? GfxOf([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "RenderContent")]
    private static extern ref PdfContent? RenderContentOf(PdfPage page);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "SetRenderer")]
    private static extern void SetRenderer(PdfContent content, [UnsafeAccessorType(RendererType)] object? renderer);
}
