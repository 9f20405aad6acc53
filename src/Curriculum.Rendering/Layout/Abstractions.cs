namespace Curriculum.Rendering.Layout;

/// <summary>Vertical metrics of a font at a size, in points.</summary>
public readonly record struct FontMetrics(double Ascent, double Descent);

/// <summary>Measures text for layout; the PDF backend and the tests' fake both implement it.</summary>
public interface ITextMeasurer
{
    double MeasureWidth(string text, FontSpec font);

    FontMetrics GetMetrics(FontSpec font);
}

/// <summary>Where elements draw. Coordinates are points from the page's top-left corner, y downward.</summary>
public interface ICanvas
{
    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baselineY"/>.</summary>
    void DrawText(string text, FontSpec font, double x, double baselineY, Color color);

    void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color);

    void FillRect(Rect area, Color color);

    void StrokeRect(Rect area, double thickness, Color color);

    void AddLink(Rect area, Uri target);
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
/// Everything an element needs to measure or draw, passed explicitly on every call.
/// <see cref="PageBodyHeight"/> is the height a fresh page offers at this depth of the tree,
/// so that an element can tell "does not fit here" from "can never fit on one page".
/// </summary>
public sealed record LayoutContext(ICanvas Canvas, ITextMeasurer Measurer, PageContext Page, double PageBodyHeight);

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
