using System.Globalization;
using System.Runtime.CompilerServices;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Curriculum.Rendering.Pdf.PdfRendererAccess;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Writes a line or a rectangle into a page's content stream exactly as PDFsharp 6.2.4's <c>XGraphics.DrawLine</c>
/// and <c>XGraphics.DrawRectangle</c> do (the same operators and bytes, the same graphics state left behind), without
/// their per-call work: PDFsharp formats every coordinate through <c>StringBuilder.AppendFormat</c> with boxed
/// doubles and allocates an array of points for every line. The rules, borders and backgrounds of a handout are about
/// a hundred of these.
/// <para>
/// It calls PDFsharp's own state code (<c>BeginPage</c>, <c>BeginGraphicMode</c>, <c>RealizeTransform</c>,
/// <c>RealizePen</c>, <c>RealizeBrush</c>, <c>WorldToView</c>) through <see cref="UnsafeAccessorAttribute"/>, as
/// <see cref="PdfTextOperators"/> does, and is safe for the same reason: PDFsharp is pinned at 6.2.4, and
/// <c>PdfSharpShortcutsTests</c> draws the whole kit with and without it and requires the same bytes. A document
/// with a PDF/UA manager (which PDFsharp tells of every drawing) is drawn by PDFsharp itself.
/// </para>
/// </summary>
internal sealed class PdfPathOperators
{
    private const string RendererType = PdfRendererAccess.RendererType;
    private const string StateType = PdfRendererAccess.StateType;

    private readonly object renderer;
    private readonly System.Text.StringBuilder content;

    private PdfPathOperators(object renderer, System.Text.StringBuilder content)
    {
        this.renderer = renderer;
        this.content = content;
    }

    /// <summary>The operators for one page drawn through <paramref name="graphics"/>; null where PDFsharp must draw itself.</summary>
    public static PdfPathOperators? For(PdfDocument document, XGraphics graphics) =>
        PdfTextOperators.Available
        && PdfTextOperators.UaManagerOf(document) is null
        && PdfTextOperators.RendererOf(graphics) is { } renderer
        && graphics.Internals.ContentStringBuilder is { } content
            ? new PdfPathOperators(renderer, content)
            : null;

    /// <summary>As <c>XGraphics.DrawLine(pen, x1, y1, x2, y2)</c>: <c>XGraphicsPdfRenderer.DrawLines</c> with two points.</summary>
    public void DrawLine(XPen pen, double x1, double y1, double x2, double y2)
    {
        Realize(pen, null);
        var from = WorldToView(renderer, new XPoint(x1, y1));
        var to = WorldToView(renderer, new XPoint(x2, y2));
        content.Append(CultureInfo.InvariantCulture, $"{from.X:0.####} {from.Y:0.####} m\n")
            .Append(CultureInfo.InvariantCulture, $"{to.X:0.####} {to.Y:0.####} l\n")
            .Append("S\n");
    }

    /// <summary>As <c>XGraphics.DrawRectangle</c> with a pen, a brush or both: the corner transformed, the size as given.</summary>
    public void DrawRectangle(XPen? pen, XBrush? brush, double x, double y, double width, double height)
    {
        Realize(pen, brush);
        var corner = WorldToView(renderer, new XPoint(x, y + height));
        content.Append(CultureInfo.InvariantCulture, $"{corner.X:0.####} {corner.Y:0.####} {width:0.####} {height:0.####} re\n")
            .Append(pen is not null && brush is not null ? "B\n" : pen is not null ? "S\n" : "f\n");
    }

    /// <summary><c>XGraphicsPdfRenderer.Realize(pen, brush)</c>.</summary>
    private void Realize(XPen? pen, XBrush? brush)
    {
        BeginPage(renderer);
        BeginGraphicMode(renderer);
        RealizeTransform(renderer);
        // Starting the page or its transform pushes a saved state: read the current one after them.
        var state = PdfTextOperators.StateOf(renderer);
        if (pen is not null)
        {
            RealizePen(state, pen, ColorModeOf(renderer));
        }

        if (brush is not null)
        {
            RealizeBrush(state, brush, ColorModeOf(renderer), 0, 0.0);
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "BeginGraphicMode")]
    private static extern void BeginGraphicMode([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "RealizePen")]
    private static extern void RealizePen([UnsafeAccessorType(StateType)] object state, XPen pen, PdfColorMode colorMode);

}
