using Curriculum.Rendering.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Curriculum.Rendering.Pdf;

/// <summary>Draws one PDF page through XGraphics (whose y axis also runs downward from the top).</summary>
internal sealed class PdfCanvas(PdfPage page, XGraphics graphics, PdfTextMeasurer fonts) : ICanvas, IDisposable
{
    public void DrawText(string text, FontSpec font, double x, double baselineY, Color color) =>
        graphics.DrawString(text, fonts.FontFor(font), new XSolidBrush(ToXColor(color)), x, baselineY,
            XStringFormats.BaseLineLeft);

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color) =>
        graphics.DrawLine(new XPen(ToXColor(color), thickness), x1, y1, x2, y2);

    public void FillRect(Rect area, Color color) =>
        graphics.DrawRectangle(new XSolidBrush(ToXColor(color)), area.X, area.Y, area.Width, area.Height);

    public void StrokeRect(Rect area, double thickness, Color color) =>
        graphics.DrawRectangle(new XPen(ToXColor(color), thickness), area.X, area.Y, area.Width, area.Height);

    /// <summary>Link rectangles use PDF user space, whose y axis runs upward from the page bottom.</summary>
    public void AddLink(Rect area, Uri target)
    {
        var height = page.Height.Point;
        page.AddWebLink(
            new PdfRectangle(new XPoint(area.X, height - area.Bottom), new XPoint(area.Right, height - area.Y)),
            target.AbsoluteUri);
    }

    public void Dispose() => graphics.Dispose();

    private static XColor ToXColor(Color color) => XColor.FromArgb(color.R, color.G, color.B);
}

/// <summary>Adds a PDF page for each page the layout starts.</summary>
internal sealed class PdfPageSink(PdfDocument document, PdfTextMeasurer fonts) : IPageSink
{
    private PdfCanvas? current;

    public PdfDocument Document => document;

    public ICanvas BeginPage(PaperSize size, int pageNumber)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(size.Width);
        page.Height = XUnit.FromPoint(size.Height);
        current = new PdfCanvas(page, XGraphics.FromPdfPage(page), fonts);
        return current;
    }

    public void EndPage()
    {
        current?.Dispose();
        current = null;
    }

    public ICanvas? ReopenPage(int pageNumber)
    {
        var page = document.Pages[pageNumber - 1];
        current = new PdfCanvas(page, XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append), fonts);
        return current;
    }
}
