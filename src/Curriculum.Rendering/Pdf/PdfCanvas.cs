using Curriculum.Rendering.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Draws one PDF page through XGraphics (whose y axis also runs downward from the top), and marks what it draws:
/// text inside the innermost open structure element gets a marked-content sequence with a fresh MCID (opened at
/// the first text, closed when the structure changes), artifacts are <c>/Artifact</c> sequences, and lines and
/// rectangles are artifacts wherever they are drawn.
/// </summary>
internal sealed class PdfCanvas : ICanvas, IDisposable
{
    private readonly PdfPage page;
    private readonly XGraphics graphics;
    private readonly PdfTextMeasurer fonts;
    private readonly PdfTagTree tags;
    private readonly int pageIndex;
    private readonly System.Text.StringBuilder content;
    private readonly PdfTextOperators.Page? text;
    private readonly PdfPathOperators? paths;

    /// <summary>Open structure elements, innermost last; null for one opened inside an artifact.</summary>
    private readonly List<PdfTagTree.Node?> open = [];
    private int artifactDepth;
    private bool markedContentOpen;

    public PdfCanvas(PdfPage page, XGraphics graphics, PdfTextMeasurer fonts, PdfTagTree tags, int pageIndex, PdfTextOperators? text = null)
    {
        this.page = page;
        this.graphics = graphics;
        this.fonts = fonts;
        this.tags = tags;
        this.pageIndex = pageIndex;
        if (text is not null)
        {
            PdfPageContent.UseKeptBuilder(graphics);
        }

        content = graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("PDFsharp gave no content stream to mark.");
        this.text = text?.For(page, graphics);
        paths = text is null ? null : PdfPathOperators.For(page.Owner, graphics);
    }

    public void DrawText(string text, FontSpec font, double x, double baselineY, Color color)
    {
        if (artifactDepth == 0 && !markedContentOpen)
        {
            var owner = Innermost() ?? tags.Root;
            var mcid = tags.NewMarkedContent(owner, pageIndex);
            // "/P <</MCID 3>> BDC", appended piece by piece.
            PdfRendererExtensions.BeginGraphicMode(graphics);
            content.Append('/').Append(PdfTagTree.TagNameWithoutSlash(owner.Role)).Append(" <</MCID ")
                .Append(mcid.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(">> BDC\n");
            markedContentOpen = true;
        }

        if (this.text is { } operators)
        {
            operators.DrawString(text, fonts.FontFor(font), fonts.BrushFor(color), x, baselineY);
        }
        else
        {
            graphics.DrawString(text, fonts.FontFor(font), fonts.BrushFor(color), x, baselineY, PdfTextMeasurer.BaseLineLeft);
        }
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color)
    {
        var wrap = BeginDecoration();
        if (paths is not null)
        {
            paths.DrawLine(fonts.PenFor(color, thickness), x1, y1, x2, y2);
        }
        else
        {
            graphics.DrawLine(fonts.PenFor(color, thickness), x1, y1, x2, y2);
        }

        EndDecoration(wrap);
    }

    public void FillRect(Rect area, Color color)
    {
        var wrap = BeginDecoration();
        if (paths is not null)
        {
            paths.DrawRectangle(null, fonts.BrushFor(color), area.X, area.Y, area.Width, area.Height);
        }
        else
        {
            graphics.DrawRectangle(fonts.BrushFor(color), area.X, area.Y, area.Width, area.Height);
        }

        EndDecoration(wrap);
    }

    public void StrokeRect(Rect area, double thickness, Color color)
    {
        var wrap = BeginDecoration();
        if (paths is not null)
        {
            paths.DrawRectangle(fonts.PenFor(color, thickness), null, area.X, area.Y, area.Width, area.Height);
        }
        else
        {
            graphics.DrawRectangle(fonts.PenFor(color, thickness), area.X, area.Y, area.Width, area.Height);
        }

        EndDecoration(wrap);
    }

    /// <summary>Link rectangles use PDF user space, whose y axis runs upward from the page bottom.</summary>
    public void AddLink(Rect area, Uri target)
    {
        var height = page.Height.Point;
        var link = page.AddWebLink(
            new PdfRectangle(new XPoint(area.X, height - area.Bottom), new XPoint(area.Right, height - area.Y)),
            target.AbsoluteUri);
        // PDF/UA: an annotation says what it is for, and belongs to the Link element around its text.
        link.Contents = $"Link to {target.AbsoluteUri}";
        // PDFsharp stamps the clock and a random name on every annotation; the same document must give the same bytes.
        link.Elements.Remove("/M");
        link.Elements.Remove("/NM");
        if (artifactDepth == 0)
        {
            tags.AddLink(Innermost() ?? tags.Root, pageIndex, link);
        }
    }

    public void BeginStructure(StructureRole role, object identity, string? altText = null)
    {
        CloseMarkedContent();
        open.Add(artifactDepth > 0 ? null : tags.Enter(role, identity, Innermost(), altText));
    }

    public void EndStructure()
    {
        CloseMarkedContent();
        open.RemoveAt(open.Count - 1);
    }

    public void BeginArtifact(ArtifactKind kind)
    {
        CloseMarkedContent();
        if (artifactDepth++ == 0)
        {
            Write(kind == ArtifactKind.Pagination ? "/Artifact <</Type /Pagination>> BDC\n" : "/Artifact <</Type /Layout>> BDC\n");
        }
    }

    public void EndArtifact()
    {
        if (--artifactDepth == 0)
        {
            Write("EMC\n");
        }
    }

    public void AddBookmark(string title, int level, double y)
    {
        if (artifactDepth == 0)
        {
            tags.AddBookmark(title, level, pageIndex, y);
        }
    }

    public void Dispose()
    {
        CloseMarkedContent();
        if (text is not null)
        {
            PdfPageContent.Close(graphics);
        }
        else
        {
            graphics.Dispose();
        }
    }

    private PdfTagTree.Node? Innermost() => open.Count == 0 ? null : open[^1];

    /// <summary>Decoration drawn outside any artifact is made one; true when it was.</summary>
    private bool BeginDecoration()
    {
        if (artifactDepth > 0)
        {
            return false;
        }

        BeginArtifact(ArtifactKind.Layout);
        return true;
    }

    private void EndDecoration(bool wrapped)
    {
        if (wrapped)
        {
            EndArtifact();
        }
    }

    private void CloseMarkedContent()
    {
        if (markedContentOpen)
        {
            Write("EMC\n");
            markedContentOpen = false;
        }
    }

    /// <summary>
    /// Marked-content operators go between text objects (BT/ET and BDC/EMC must nest, ISO 32000-1, 14.6):
    /// PDFsharp's open text object is closed first. (They need not nest with q/Q, which PDFsharp opens lazily.)
    /// </summary>
    private void Write(string operators)
    {
        PdfRendererExtensions.BeginGraphicMode(graphics);
        content.Append(operators);
    }
}

/// <summary>Adds a PDF page for each page the layout starts, and keeps the structure of the whole document.</summary>
internal sealed class PdfPageSink(PdfDocument document, PdfTextMeasurer fonts, bool textShortcut = true) : IPageSink
{
    private readonly PdfTextOperators? text = textShortcut && PdfTextOperators.Available ? new PdfTextOperators(document) : null;
    private PdfCanvas? current;

    public PdfDocument Document => document;

    public PdfTagTree Tags { get; } = new();

    public ICanvas BeginPage(PaperSize size, int pageNumber)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(size.Width);
        page.Height = XUnit.FromPoint(size.Height);
        current = new PdfCanvas(page, XGraphics.FromPdfPage(page), fonts, Tags, pageNumber - 1, text);
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
        current = new PdfCanvas(page, XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append), fonts, Tags, pageNumber - 1, text);
        return current;
    }
}
