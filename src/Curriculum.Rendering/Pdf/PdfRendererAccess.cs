using System.Runtime.CompilerServices;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// PDFsharp 6.2.4's own page-renderer state code, reached through <see cref="UnsafeAccessorAttribute"/>, shared by
/// <see cref="PdfTextOperators"/> and <see cref="PdfPathOperators"/>: each writes into a page's content stream as
/// PDFsharp's drawing calls do, and both must move PDFsharp's graphics state the same way. PDFsharp is pinned at 6.2.4;
/// <c>PdfSharpShortcutsTests</c> requires the same bytes with and without the shortcuts.
/// </summary>
internal static class PdfRendererAccess
{
    internal const string RendererType = "PdfSharp.Drawing.Pdf.XGraphicsPdfRenderer, PdfSharp";
    internal const string StateType = "PdfSharp.Drawing.Pdf.PdfGraphicsState, PdfSharp";

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_colorMode")]
    internal static extern ref PdfColorMode ColorModeOf([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "BeginPage")]
    internal static extern void BeginPage([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "RealizeTransform")]
    internal static extern void RealizeTransform([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WorldToView")]
    internal static extern XPoint WorldToView([UnsafeAccessorType(RendererType)] object renderer, XPoint point);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "RealizeBrush")]
    internal static extern void RealizeBrush([UnsafeAccessorType(StateType)] object state, XBrush brush, PdfColorMode colorMode, int renderingMode, double fontEmSize);
}
