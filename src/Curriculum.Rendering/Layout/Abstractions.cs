namespace Curriculum.Rendering.Layout;

/// <summary>
/// A measurer whose widths and metrics are a function of the text and the font alone, the same for every instance
/// with the same <see cref="Widths"/>: layout may then share what it computed from them (tokens, lines) across
/// documents.
/// </summary>
internal interface ISharedTextMeasurer : ITextMeasurer
{
    /// <summary>Identifies the source of widths; measurers with the same one measure alike.</summary>
    object Widths { get; }
}

/// <summary>Vertical metrics of a font at a size, in points.</summary>
public readonly record struct FontMetrics(double Ascent, double Descent);

/// <summary>Measures text for layout; the PDF backend and the tests' fake both implement it.</summary>
public interface ITextMeasurer
{
    double MeasureWidth(string text, FontSpec font);

    FontMetrics GetMetrics(FontSpec font);
}

/// <summary>Why content is an artifact (ISO 32000-1, 14.8.2.2): it decorates the page, or repeats on every page.</summary>
public enum ArtifactKind
{
    /// <summary>Backgrounds, borders, rules, writing lines.</summary>
    Layout,

    /// <summary>Running headers and footers, page numbers, a table's header row repeated on a later page.</summary>
    Pagination,
}

/// <summary>Where elements draw. Coordinates are points from the page's top-left corner, y downward.</summary>
/// <remarks>
/// The structure calls bracket what is drawn between them, and nest: <see cref="BeginStructure"/> opens (or, for
/// an element continued from an earlier page, re-enters) one node of the document's logical structure, identified
/// by <c>identity</c>; text drawn while it is innermost belongs to it. Everything between <see cref="BeginArtifact"/>
/// and <see cref="EndArtifact"/> is drawn but is no part of the structure. Backends that do not tag ignore them.
/// </remarks>
public interface ICanvas
{
    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baselineY"/>.</summary>
    void DrawText(string text, FontSpec font, double x, double baselineY, Color color);

    void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color);

    void FillRect(Rect area, Color color);

    void StrokeRect(Rect area, double thickness, Color color);

    void AddLink(Rect area, Uri target);

    /// <summary>Opens the structure node <paramref name="identity"/> (the same object on every page the node spans).</summary>
    void BeginStructure(StructureRole role, object identity, string? altText = null)
    {
    }

    /// <summary>Closes the innermost open structure node.</summary>
    void EndStructure()
    {
    }

    /// <summary>Starts content that is not read aloud; artifacts nest.</summary>
    void BeginArtifact(ArtifactKind kind)
    {
    }

    void EndArtifact()
    {
    }

    /// <summary>An outline entry for what starts at <paramref name="y"/> on this page.</summary>
    void AddBookmark(string title, int level, double y)
    {
    }
}

/// <summary>Which page is being drawn, and how many there are in all.</summary>
public readonly record struct PageContext(int PageNumber, int PageCount)
{
    /// <summary>Where each anchored section starts (see <see cref="PageDescriptor.Anchor"/>), as laid out in the previous pass.</summary>
    public IReadOnlyDictionary<string, int>? Anchors { get; init; }

    /// <summary>The page an anchored section starts on, once known: for tables of contents.</summary>
    public int? PageOf(string anchor) => Anchors is not null && Anchors.TryGetValue(anchor, out var page) ? page : null;
}

/// <summary>
/// Everything an element needs to measure: no canvas, so measuring cannot draw.
/// <see cref="PageBodyHeight"/> is the height a fresh page offers at this depth of the tree,
/// so that an element can tell "does not fit here" from "can never fit on one page".
/// <see cref="State"/> holds where each element has got to in this pass.
/// </summary>
public sealed record LayoutContext(ITextMeasurer Measurer, PageContext Page, double PageBodyHeight, LayoutState State);

/// <summary>Everything an element needs to draw: the measure context, and the canvas of the page.</summary>
public sealed record DrawContext(LayoutContext Layout, ICanvas Canvas)
{
    public ITextMeasurer Measurer => Layout.Measurer;

    public PageContext Page => Layout.Page;

    public double PageBodyHeight => Layout.PageBodyHeight;

    public LayoutState State => Layout.State;

    /// <summary>The same page and canvas with another body height (inside padding, a table's header).</summary>
    public DrawContext WithBodyHeight(double height) => this with { Layout = Layout with { PageBodyHeight = height } };
}

/// <summary>Receives pages from <see cref="DocumentRenderer"/>: a backend's page factory.</summary>
public interface IPageSink
{
    ICanvas BeginPage(PaperSize size, int pageNumber);

    void EndPage();

    /// <summary>
    /// Opens an already finished page again to draw more on it (close it with <see cref="EndPage"/>), or null when
    /// this sink cannot. It lets the renderer draw the header and footer once the page count is known, without a
    /// counting pass.
    /// </summary>
    ICanvas? ReopenPage(int pageNumber) => null;
}

/// <summary>Thrown when content cannot be laid out, e.g. something taller than any page.</summary>
public sealed class LayoutException(string message) : Exception(message);
