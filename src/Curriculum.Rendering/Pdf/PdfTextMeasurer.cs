using Curriculum.Rendering.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Measures with PDFsharp's own metrics, so layout and drawing agree. One per render (the measure context is not
/// thread-safe), but widths are shared by every render in the process: the same words recur in every handout, and
/// measuring them through PDFsharp was most of the layout's time.
/// </summary>
internal sealed class PdfTextMeasurer : ISharedTextMeasurer
{
    private readonly XGraphics measureContext =
        XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);

    /// <summary>Identity-H with a ToUnicode map: any character is drawn, and text extracts exactly.</summary>
    private static readonly XPdfFontOptions UnicodeEmbedding = new(PdfFontEncoding.Unicode);

    /// <summary>Text is placed by its baseline's left end. PDFsharp's <see cref="XStringFormats.BaseLineLeft"/> is a new object on every read; PDFsharp only reads it.</summary>
    internal static readonly XStringFormat BaseLineLeft = XStringFormats.BaseLineLeft;

    private readonly Dictionary<FontSpec, XFont> fonts = [];
    /// <summary>Bounded so that untrusted template text cannot grow it without end.</summary>
    private const int MaxSharedWidths = 200_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, FontSpec), double> SharedWidths = new();

    /// <summary>Every PdfTextMeasurer measures with PDFsharp's metrics of the same embedded fonts.</summary>
    private static readonly object SharedIdentity = new();

    public object Widths => SharedIdentity;

    public double MeasureWidth(string text, FontSpec font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (SharedWidths.TryGetValue((text, font), out var width))
        {
            return width;
        }

        width = measureContext.MeasureString(text, FontFor(font), BaseLineLeft).Width;
        if (SharedWidths.Count < MaxSharedWidths)
        {
            SharedWidths.TryAdd((text, font), width);
        }

        return width;
    }

    public FontMetrics GetMetrics(FontSpec font)
    {
        var metrics = FontFor(font).Metrics;
        var scale = font.Size / metrics.UnitsPerEm;
        return new FontMetrics(metrics.Ascent * scale, Math.Abs(metrics.Descent) * scale);
    }

    private readonly Dictionary<Color, XSolidBrush> brushes = [];
    private readonly Dictionary<(Color, double), XPen> pens = [];

    /// <summary>One brush per colour for the whole render (PDFsharp reads a brush's colour; it does not keep the brush).</summary>
    public XSolidBrush BrushFor(Color color)
    {
        if (!brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
            brushes[color] = brush;
        }

        return brush;
    }

    public XPen PenFor(Color color, double thickness)
    {
        if (!pens.TryGetValue((color, thickness), out var pen))
        {
            pen = new XPen(XColor.FromArgb(color.R, color.G, color.B), thickness);
            pens[(color, thickness)] = pen;
        }

        return pen;
    }

    /// <summary>
    /// The font for <paramref name="font"/>, made once for the process: PDFsharp's <see cref="XFont"/> keeps nothing of a
    /// document (the document's font object is found by the face when drawing), and making one looks the face up in
    /// PDFsharp's global cache under its lock, which every render did for each of its dozen fonts.
    /// </summary>
    public XFont FontFor(FontSpec font)
    {
        if (!fonts.TryGetValue(font, out var xfont))
        {
            if (!SharedFonts.TryGetValue(font, out xfont))
            {
                xfont = NewFont(font);
                if (SharedFonts.Count < MaxSharedFonts)
                {
                    xfont = SharedFonts.GetOrAdd(font, xfont);
                }
            }

            fonts[font] = xfont;
        }

        return xfont;
    }

    /// <summary>The house style has a few dozen font specs in all editions; bounded all the same.</summary>
    private const int MaxSharedFonts = 1_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FontSpec, XFont> SharedFonts = new();

    private static XFont NewFont(FontSpec font)
    {
        var style = (font.Bold, font.Italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(font.Family, font.Size, style, UnicodeEmbedding);
    }
}
