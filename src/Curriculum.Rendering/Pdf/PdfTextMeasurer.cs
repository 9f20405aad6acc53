using Curriculum.Rendering.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Curriculum.Rendering.Pdf;

/// <summary>Measures with PDFsharp's own metrics, so layout and drawing agree. One per render: not thread-safe.</summary>
internal sealed class PdfTextMeasurer : ITextMeasurer
{
    private readonly XGraphics measureContext =
        XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);

    /// <summary>Identity-H with a ToUnicode map: any character is drawn, and text extracts exactly.</summary>
    private static readonly XPdfFontOptions UnicodeEmbedding = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<FontSpec, XFont> fonts = [];
    private readonly Dictionary<(string, FontSpec), double> widths = [];

    public double MeasureWidth(string text, FontSpec font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!widths.TryGetValue((text, font), out var width))
        {
            width = measureContext.MeasureString(text, FontFor(font), XStringFormats.BaseLineLeft).Width;
            widths[(text, font)] = width;
        }

        return width;
    }

    public FontMetrics GetMetrics(FontSpec font)
    {
        var metrics = FontFor(font).Metrics;
        var scale = font.Size / metrics.UnitsPerEm;
        return new FontMetrics(metrics.Ascent * scale, Math.Abs(metrics.Descent) * scale);
    }

    public XFont FontFor(FontSpec font)
    {
        if (!fonts.TryGetValue(font, out var xfont))
        {
            var style = (font.Bold, font.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            xfont = new XFont(font.Family, font.Size, style, UnicodeEmbedding);
            fonts[font] = xfont;
        }

        return xfont;
    }
}
